"""Typed record ids, so a contact id is never passed where a deal id belongs."""

from __future__ import annotations

from typing import NewType

UserId = NewType("UserId", int)
CompanyId = NewType("CompanyId", int)
ContactId = NewType("ContactId", int)
PipelineId = NewType("PipelineId", int)
StageId = NewType("StageId", int)
DealId = NewType("DealId", int)
ProductId = NewType("ProductId", int)
OrderId = NewType("OrderId", int)
TicketId = NewType("TicketId", int)
ActivityId = NewType("ActivityId", int)
TagId = NewType("TagId", int)
CustomFieldId = NewType("CustomFieldId", int)
