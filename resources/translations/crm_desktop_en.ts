<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>PipelineView</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>%n open deal worth {worth}, weighted {weighted}</source>
        <translation>
            <numerusform>%n open deal worth {worth}, weighted {weighted}</numerusform>
            <numerusform>%n open deal worth {worth}, weighted {weighted}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/view.py"/>
        <source>%n open deals worth {worth}, weighted {weighted}</source>
        <translation>
            <numerusform>%n open deal worth {worth}, weighted {weighted}</numerusform>
            <numerusform>%n open deals worth {worth}, weighted {weighted}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmartListDialog</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln companies match now</source>
        <translation>
            <numerusform>%Ln company matches now</numerusform>
            <numerusform>%Ln companies match now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln contacts match now</source>
        <translation>
            <numerusform>%Ln contact matches now</numerusform>
            <numerusform>%Ln contacts match now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln deals match now</source>
        <translation>
            <numerusform>%Ln deal matches now</numerusform>
            <numerusform>%Ln deals match now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/smart_lists/dialog.py"/>
        <source>%Ln tickets match now</source>
        <translation>
            <numerusform>%Ln ticket matches now</numerusform>
            <numerusform>%Ln tickets match now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>%n deal</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/board.py"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>%Ln open tasks</source>
        <translation>
            <numerusform>%Ln open task</numerusform>
            <numerusform>%Ln open tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/tasks/view.py"/>
        <source>%Ln open tasks, {late} overdue</source>
        <translation>
            <numerusform>%Ln open task, {late} overdue</numerusform>
            <numerusform>%Ln open tasks, {late} overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/analytics/customer_value.py"/>
        <source>No order for %n days, where this customer usually orders every {gap}</source>
        <translation>
            <numerusform>No order for %n day, where this customer usually orders every {gap}</numerusform>
            <numerusform>No order for %n days, where this customer usually orders every {gap}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/analytics/upsell.py"/>
        <source>{share} of customers who bought {bought} also bought {offer} (%n customers)</source>
        <translation>
            <numerusform>{share} of customers who bought {bought} also bought {offer} (%n customer)</numerusform>
            <numerusform>{share} of customers who bought {bought} also bought {offer} (%n customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>{problems} and %n more problem</source>
        <translation>
            <numerusform>{problems} and %n more problem</numerusform>
            <numerusform>{problems} and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/storage/backup.py"/>
        <source>{problems} and %n more problems</source>
        <translation>
            <numerusform>{problems} and %n more problem</numerusform>
            <numerusform>{problems} and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/checks.py"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>%n problem</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/check.py"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n activity</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n contact</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n deal</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n order</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n ticket</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/duplicates.py"/>
        <source>%n tickets</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n activities to {path}</source>
        <translation>
            <numerusform>Exported %n activity to {path}</numerusform>
            <numerusform>Exported %n activities to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n activity to {path}</source>
        <translation>
            <numerusform>Exported %n activity to {path}</numerusform>
            <numerusform>Exported %n activities to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n companies to {path}</source>
        <translation>
            <numerusform>Exported %n company to {path}</numerusform>
            <numerusform>Exported %n companies to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n company to {path}</source>
        <translation>
            <numerusform>Exported %n company to {path}</numerusform>
            <numerusform>Exported %n companies to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n contact to {path}</source>
        <translation>
            <numerusform>Exported %n contact to {path}</numerusform>
            <numerusform>Exported %n contacts to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n contacts to {path}</source>
        <translation>
            <numerusform>Exported %n contact to {path}</numerusform>
            <numerusform>Exported %n contacts to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n deal to {path}</source>
        <translation>
            <numerusform>Exported %n deal to {path}</numerusform>
            <numerusform>Exported %n deals to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n deals to {path}</source>
        <translation>
            <numerusform>Exported %n deal to {path}</numerusform>
            <numerusform>Exported %n deals to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n order to {path}</source>
        <translation>
            <numerusform>Exported %n order to {path}</numerusform>
            <numerusform>Exported %n orders to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n orders to {path}</source>
        <translation>
            <numerusform>Exported %n order to {path}</numerusform>
            <numerusform>Exported %n orders to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n ticket to {path}</source>
        <translation>
            <numerusform>Exported %n ticket to {path}</numerusform>
            <numerusform>Exported %n tickets to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/exports.py"/>
        <source>Exported %n tickets to {path}</source>
        <translation>
            <numerusform>Exported %n ticket to {path}</numerusform>
            <numerusform>Exported %n tickets to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n companies created by name</source>
        <translation>
            <numerusform>%n company created by name</numerusform>
            <numerusform>%n companies created by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n companies would be created by name</source>
        <translation>
            <numerusform>%n company would be created by name</numerusform>
            <numerusform>%n companies would be created by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n company created by name</source>
        <translation>
            <numerusform>%n company created by name</numerusform>
            <numerusform>%n companies created by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n company would be created by name</source>
        <translation>
            <numerusform>%n company would be created by name</numerusform>
            <numerusform>%n companies would be created by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n row read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n row read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</numerusform>
            <numerusform>%n rows read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n row read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n row read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</numerusform>
            <numerusform>%n rows read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n rows read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n row read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</numerusform>
            <numerusform>%n rows read: {created} created, {merged} merged, {skipped} skipped as duplicates, {rejected} rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>%n rows read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</source>
        <translation>
            <numerusform>%n row read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</numerusform>
            <numerusform>%n rows read: {created} would be created, {merged} would be merged, {skipped} would be skipped as duplicates, {rejected} rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/cli/imports.py"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pipeline</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>%n day in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/pipeline/formatting.py"/>
        <source>%n days in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n open deal without an expected close date</source>
        <translation>
            <numerusform>%n open deal without an expected close date</numerusform>
            <numerusform>%n open deals without an expected close date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n open deals without an expected close date</source>
        <translation>
            <numerusform>%n open deal without an expected close date</numerusform>
            <numerusform>%n open deals without an expected close date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>%n order</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/customer.py"/>
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n still open past an expected date before the period</source>
        <translation>
            <numerusform>%n still open past an expected date before the period</numerusform>
            <numerusform>%n still open past expected dates before the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/reports/forecast.py"/>
        <source>%n still open past expected dates before the period</source>
        <translation>
            <numerusform>%n still open past an expected date before the period</numerusform>
            <numerusform>%n still open past expected dates before the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smart lists</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>at most %n characters</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/saved_views.py"/>
        <source>{field} is in the last %n days</source>
        <translation>
            <numerusform>{field} is in the last %n day</numerusform>
            <numerusform>{field} is in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/contacts.py"/>
        <source>%n more row has errors too</source>
        <translation>
            <numerusform>%n more row has errors too</numerusform>
            <numerusform>%n more rows have errors too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/contacts.py"/>
        <source>%n more rows have errors too</source>
        <translation>
            <numerusform>%n more row has errors too</numerusform>
            <numerusform>%n more rows have errors too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>give each of the %n stages of {pipeline} exactly once</source>
        <translation>
            <numerusform>give the %n stage of {pipeline} exactly once</numerusform>
            <numerusform>give each of the %n stages of {pipeline} exactly once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/pipeline.py"/>
        <source>give the %n stage of {pipeline} exactly once</source>
        <translation>
            <numerusform>give the %n stage of {pipeline} exactly once</numerusform>
            <numerusform>give each of the %n stages of {pipeline} exactly once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/domain/tags.py"/>
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>must be at most %n character</numerusform>
            <numerusform>must be at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/services/company_lists.py"/>
        <source>search for at most {limit} characters</source>
        <translation>
            <numerusform>search for at most {limit} characters</numerusform>
            <numerusform>search for at most {limit} characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} has more than %n decimal for {currency}</source>
        <translation>
            <numerusform>{amount} has more than %n decimal for {currency}</numerusform>
            <numerusform>{amount} has more than %n decimals for {currency}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/domain/money.py"/>
        <source>{amount} has more than %n decimals for {currency}</source>
        <translation>
            <numerusform>{amount} has more than %n decimal for {currency}</numerusform>
            <numerusform>{amount} has more than %n decimals for {currency}</numerusform>
        </translation>
    </message>
</context>
</TS>
