"""Fusion style (with visible focus outlines) and a palette that follows the system's
light or dark mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#1f6feb")
WARNING = QColor("#d1242f")
WARNING_DARK = QColor("#ff7b72")
MUTED = QColor("#6e7781")


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def warning_color() -> QColor:
    return WARNING_DARK if is_dark() else WARNING


def apply_theme(app: QApplication) -> None:
    from biosparc_desktop.ui.focus_style import FocusStyle

    # Fusion, with focus outlines a keyboard user can see.
    app.setStyle(FocusStyle(ACCENT))
    _apply_palette(app)
    # Re-apply when the user switches the system between light and dark.
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply_palette(app))


def _apply_palette(app: QApplication) -> None:
    palette = QPalette()
    if is_dark():
        window, base, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6")
        palette.setColor(QPalette.ColorRole.Window, window)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        palette.setColor(QPalette.ColorRole.Base, base)
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#313338"))
        palette.setColor(QPalette.ColorRole.Text, text)
        palette.setColor(QPalette.ColorRole.Button, QColor("#2f3136"))
        palette.setColor(QPalette.ColorRole.ButtonText, text)
        palette.setColor(QPalette.ColorRole.ToolTipBase, base)
        palette.setColor(QPalette.ColorRole.ToolTipText, text)
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8b8d91"))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b6d71"))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b6d71")
        )
    else:
        palette = app.style().standardPalette()
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f8fa"))
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
