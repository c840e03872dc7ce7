"""Asking for the details of closing a deal: the reason it was lost, or that it was won."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class LostReasonDialog(QDialog):
    """A required reason, typed or picked from the reasons used before."""

    def __init__(
        self, title: str, known_reasons: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deal lost"))
        question = QLabel(self.tr("Why was “{title}” lost?").format(title=title))
        question.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setObjectName("lostReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(list(known_reasons))
        self.reason.setCurrentText("")
        self.reason.setMinimumContentsLength(30)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("For example: too expensive"))
        question.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Mark as &lost"))
            ok.setEnabled(False)
            self.reason.currentTextChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def reason_text(self) -> str:
        return self.reason.currentText().strip()


def ask_lost_reason(
    parent: QWidget | None, title: str, known_reasons: Sequence[str] = ()
) -> str | None:
    """The reason the user gives, or None when they cancel."""
    dialog = LostReasonDialog(title, known_reasons, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason_text():
            return None
        return dialog.reason_text()
    finally:
        dialog.deleteLater()


def confirm_won(parent: QWidget | None, title: str) -> bool:
    """Whether the user confirms closing the deal as won today."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("pipeline", "Deal won"))
    box.setText(
        QCoreApplication.translate("pipeline", "Mark “{title}” as won, closed today?").format(
            title=title
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    yes = box.button(QMessageBox.StandardButton.Yes)
    if yes is not None:
        yes.setText(QCoreApplication.translate("pipeline", "Mark as &won"))
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()
