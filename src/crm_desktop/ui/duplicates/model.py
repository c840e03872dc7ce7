"""The list of candidate pairs in the duplicates review: names of both and why they match."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.services.duplicates import DuplicatePair, Reason

COLUMNS = ("first", "second", "reason")
_Index = QModelIndex | QPersistentModelIndex


def reason_text(reason: Reason) -> str:
    """Why a pair is offered, in words: "same e-mail giulia@rossi.it"."""
    texts = {
        "email": QCoreApplication.translate("Duplicates", "same e-mail {value}"),
        "phone": QCoreApplication.translate("Duplicates", "same phone {value}"),
        "website": QCoreApplication.translate("Duplicates", "same website {value}"),
        "name": QCoreApplication.translate("Duplicates", "same name {value}"),
        "similar_name": QCoreApplication.translate(
            "Duplicates", "similar names {value} ({score}%)"
        ),
    }
    text = texts.get(reason.kind, "{value}")
    return text.format(value=reason.value, score=reason.score)


def reasons_text(pair: DuplicatePair) -> str:
    return "; ".join(reason_text(r) for r in pair.reasons)


class PairListModel(QAbstractTableModel):
    """Rows of ``DuplicatePair``; ``names`` gives each record id its display name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []
        self.names: dict[int, str] = {}

    def set_pairs(self, pairs: Sequence[DuplicatePair], names: Mapping[int, str]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        self.names = dict(names)
        self.endResetModel()

    def remove_involving(self, record_ids: set[int]) -> None:
        """Drop every pair that mentions one of these records (merged away or resolved)."""
        for row in reversed(range(len(self.pairs))):
            pair = self.pairs[row]
            if {pair.first_id, pair.second_id} & record_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.pairs[row]
                self.endRemoveRows()

    def remove_pair(self, pair: DuplicatePair) -> None:
        if pair in self.pairs:
            row = self.pairs.index(pair)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.pairs[row]
            self.endRemoveRows()

    def pair_at(self, row: int) -> DuplicatePair | None:
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("Record"), self.tr("Looks like"), self.tr("Why"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        pair = self.pair_at(index.row())
        if pair is None:
            return None
        key = COLUMNS[index.column()]
        if key == "reason":
            return reasons_text(pair)
        record_id = pair.first_id if key == "first" else pair.second_id
        return f"{self.names.get(record_id, '')} (#{record_id})"
