"""Find interface texts that do not go through the translator, by reading a module's syntax tree.

A finding is a string literal with words in it passed to a Qt text API (a label,
a button, a menu, a tooltip, a column header, a filter...) without
``translate(...)`` or ``label(...)``; an enum's English ``.label`` shown as is;
words in a module- or class-level constant (built before the translator is
installed); ``translate`` called at import time; or a ``translate`` whose texts
pyside6-lupdate cannot read. A line ending in ``# i18n: keep`` is left alone (a
language's own name, say).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Call name -> positions of text arguments. Where the first is an icon, the text is the next one.
TEXT_ARGS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        (
            "QLabel",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QMenu",
            "QToolBar",
            "QPushButton",
            "QToolButton",
            "QCommandLinkButton",
            "QAction",
            "QListWidgetItem",
            "QTreeWidgetItem",
            "QTableWidgetItem",
            "setText",
            "setWindowTitle",
            "setPlaceholderText",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setTitle",
            "setSubTitle",
            "setLabelText",
            "setHtml",
            "setSuffix",
            "setPrefix",
            "setSpecialValueText",
            "setNameFilter",
            "setCancelButtonText",
            "setInformativeText",
            "setDetailedText",
            "showMessage",
            "addMenu",
            "addRow",
            "addItem",
            "addItems",
            "addAction",
            "setHeaderLabels",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "Column",
            "RecordList",
            "choice_combo",
            "ValidationError",
            "NotFound",
            "Conflict",
            "BiosparcError",
            "StorageError",
        ),
        (0,),
    ),
    **dict.fromkeys(
        ("addTab", "setButtonText", "setItemText", "setTabText", "setTabToolTip", "add_field"),
        (1,),
    ),
    **dict.fromkeys(("insertTab", "insertItem"), (2,)),
    "TodaySection": (1, 2),
    "Filter": (1, 2),
    "show_error": (1, 2),
}
# Static dialogs: Class.method -> text positions (title, text / caption, filter).
STATIC_TEXT_ARGS = {
    **{
        ("QMessageBox", m): (1, 2)
        for m in ("information", "warning", "critical", "question", "about")
    },
    **{("QInputDialog", m): (1, 2) for m in ("getText", "getItem", "getInt", "getDouble")},
    **{
        ("QFileDialog", m): (1, 3)
        for m in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory")
    },
}
TEXT_KEYWORDS = {
    "text",
    "title",
    "placeholderText",
    "toolTip",
    "statusTip",
    "windowTitle",
    "caption",
    "header",
    "label",
    "noun",
    "empty_text",
    "search_placeholder",
}
# Lists of (text, value) pairs: only the text is checked.
CHOICES = {"Filter": 2, "choice_combo": 0}
TRANSLATING = {"translate", "label", "enum_label", "error_text", "action_text", "tr"}
TRANSLATING |= {"sentence_text", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
KEEP_MARK = "# i18n: keep"
# translate() with a computed text, for contexts whose texts lupdate finds elsewhere
# (listed with QT_TRANSLATE_NOOP where they are declared).
DYNAMIC_CONTEXTS = {"enum", "errors", "actions", "TimeZoneCity"}
# `.label` that is not an enum's English label: undo entries and filter specs.
LABEL_RECEIVERS = {"entry", "self._undo[-1]", "self._redo[-1]", "spec"}


@dataclass(frozen=True)
class Finding:
    line: int
    problem: str


def has_words(text: str) -> bool:
    """Words a person reads, once markup, placeholders, links and accelerators are set aside."""
    text = re.sub(r"<[^>]*>|\{[^}]*\}|https?://\S+|&\w+;", " ", text)
    return re.search(r"[A-Za-z]{2,}", text) is not None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_icon(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func).lower().endswith("icon")


def _bare(node: ast.AST, choices: bool = False) -> Iterator[ast.AST]:
    """Literals with words (or English enum labels) inside an expression shown as text."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and has_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                if has_words(part.value):
                    yield node
                    return
            elif isinstance(part, ast.FormattedValue):
                yield from _bare(part.value)
    elif isinstance(node, ast.BinOp):
        yield from _bare(node.left)
        yield from _bare(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _bare(node.body, choices)
        yield from _bare(node.orelse, choices)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _bare(value)
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        for element in node.elts:
            yield from _bare(_choice_text(element) if choices else element)
    elif isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.SetComp)):
        yield from _bare(_choice_text(node.elt) if choices else node.elt)
    elif isinstance(node, ast.Starred):
        yield from _bare(node.value, choices)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _bare(value)
    elif isinstance(node, ast.Lambda):
        yield from _bare(node.body)
    elif isinstance(node, ast.Attribute) and node.attr == "label":
        if ast.unparse(node.value) not in LABEL_RECEIVERS:
            yield node
    elif isinstance(node, ast.Call):
        name = _name(node.func)
        if name in TRANSLATING:
            return
        if isinstance(node.func, ast.Attribute) and name in ("format", "join", "lower", "strip"):
            yield from _bare(node.func.value)
            if name == "join":
                for arg in node.args:
                    yield from _bare(arg)


def _is_code(node: ast.AST) -> bool:
    """A key, code, path or zone ("auto", "CNY", "user/name", "Asia/Shanghai"), not words."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    text = node.value
    return not re.search(r"\s", text) and (
        text.islower() or text.isupper() or re.search(r"[/._:#]", text) is not None
    )


def _choice_text(node: ast.expr) -> ast.expr:
    if isinstance(node, ast.Tuple) and len(node.elts) == 2:
        return node.elts[0]
    return node


def _text_args(call: ast.Call) -> Iterator[tuple[ast.expr, bool]]:
    """(argument, is a list of choices) for every argument of ``call`` that is shown as text."""
    name = _name(call.func)
    positions: tuple[int, ...] = ()
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
        positions = STATIC_TEXT_ARGS.get((call.func.value.id, name), ())
    if not positions:
        positions = TEXT_ARGS.get(name, ())
    for position in positions:
        if position < len(call.args):
            arg = call.args[position]
            if _is_icon(arg) and position + 1 < len(call.args):
                arg = call.args[position + 1]
            yield arg, CHOICES.get(name) == position
    if name == "__init__" and isinstance(call.func, ast.Attribute):
        for arg in call.args:  # super().__init__(state, title, parent) in the form dialogs
            yield arg, False
    for keyword in call.keywords:
        if keyword.arg in TEXT_KEYWORDS or keyword.arg == "choices":
            yield keyword.value, keyword.arg == "choices"


def _translate_problems(call: ast.Call) -> Iterator[str]:
    args = call.args
    if len(args) < 2:
        yield "translate() needs a context and a text"
        return
    context, source = args[0], args[1]
    if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
        yield "translate() context is not a literal: lupdate cannot file it"
        return
    literal = isinstance(source, ast.Constant) and isinstance(source.value, str)
    if not literal and context.value not in DYNAMIC_CONTEXTS:
        yield "translate() source is not a literal: lupdate cannot extract it"


class _Scanner(ast.NodeVisitor):
    def __init__(self, lines: list[str]) -> None:
        self.findings: list[Finding] = []
        self._lines = lines
        self._depth = 0  # inside a function or lambda: runs after start-up

    def _add(self, node: ast.AST, problem: str) -> None:
        line = getattr(node, "lineno", 0)
        if not (
            0 < line <= len(self._lines) and self._lines[line - 1].rstrip().endswith(KEEP_MARK)
        ):
            self.findings.append(Finding(line, problem))

    def _constant(self, value: ast.expr | None) -> None:
        if self._depth == 0 and value is not None:
            for bare in _bare(value):
                if not _is_code(bare):
                    self._add(bare, f"text in a module-level constant: {ast.unparse(bare)}")

    def visit_Assign(self, node: ast.Assign) -> None:
        self._constant(node.value)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._constant(node.value)
        self.generic_visit(node)

    def _scoped(self, node: ast.AST) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _scoped

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name == "translate":
            if self._depth == 0:
                self._add(node, "translated at import time: build it in a function instead")
            for problem in _translate_problems(node):
                self._add(node, problem)
        for arg, choices in _text_args(node):
            for bare in _bare(arg, choices):
                if isinstance(bare, ast.Attribute):
                    self._add(bare, f"enum label without label(): {ast.unparse(bare)}")
                else:
                    self._add(bare, f"untranslated text: {ast.unparse(bare)}")
        self.generic_visit(node)


def scan_module(path: Path) -> list[Finding]:
    """Every untranslated text in the module at ``path``, in line order."""
    source = path.read_text(encoding="utf-8")
    scanner = _Scanner(source.splitlines())
    scanner.visit(ast.parse(source, filename=str(path)))
    unique = {(f.line, f.problem): f for f in scanner.findings}
    return sorted(unique.values(), key=lambda f: (f.line, f.problem))
