#!/usr/bin/env python3
"""Types into Ayumi's fillable PDFs and reads them back with PDFium (Chrome's and Edge's engine,
through PyPI's pypdfium2), the way a person does: click into the field, type, leave it.

  pdfium-forms.py values PDF               {full name: value} of every field (JSON); a check box
                                           or a radio group gives the appearance state of its
                                           chosen widget ("Yes", "0", "1", …) or "Off"
  pdfium-forms.py type PDF OUT ANSWERS     types each field of ANSWERS (a JSON file {full name:
                                           value}) and saves; a button's value is the state to
                                           choose ("Yes"/"Off" for a check box; for a radio group
                                           the button's position, which is its state in Ayumi's
                                           notes), and that widget is clicked

Text goes in one UTF-16 code unit at a time through FORM_OnChar, as Chrome passes keystrokes
(a line break is the Return key's "\\r"); this keeps a surrogate pair such as 𠮷 whole, where
FORM_ReplaceSelection keeps only its low 16 bits (reference/pdf-forms.md §2.7).
Exit status 3 when pypdfium2 is missing.
"""

import ctypes
import json
import sys

try:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
except ImportError:
    print("pypdfium2 is missing: pip install pypdfium2 (Scripts/ensure-dependencies)", file=sys.stderr)
    sys.exit(3)

KINDS = {raw.FPDF_FORMFIELD_CHECKBOX: "checkbox", raw.FPDF_FORMFIELD_RADIOBUTTON: "radio",
         raw.FPDF_FORMFIELD_TEXTFIELD: "text"}


def utf16(function, *arguments):
    """A string from one of PDFium's two-call UTF-16LE getters."""
    length = function(*arguments, None, 0)
    if length <= 2:
        return ""
    buffer = ctypes.create_string_buffer(length)
    function(*arguments, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), length)
    return buffer.raw[:length - 2].decode("utf-16-le", errors="surrogatepass")


def each_widget(document, visit):
    """Calls visit(page, annotation, name, kind) for every widget, page by page, with the page
    loaded into the form environment as a viewer has it."""
    env = document.formenv.raw
    for index in range(len(document)):
        page = document[index]
        raw.FORM_OnAfterLoadPage(page.raw, env)
        for number in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annotation = raw.FPDFPage_GetAnnot(page.raw, number)
            if raw.FPDFAnnot_GetSubtype(annotation) == raw.FPDF_ANNOT_WIDGET:
                name = utf16(raw.FPDFAnnot_GetFormFieldName, env, annotation)
                kind = KINDS.get(raw.FPDFAnnot_GetFormFieldType(env, annotation), "other")
                visit(page, annotation, name, kind)
            raw.FPDFPage_CloseAnnot(annotation)
        raw.FORM_OnBeforeClosePage(page.raw, env)
        page.close()


def values(document):
    env = document.formenv.raw
    result = {}

    def visit(page, annotation, name, kind):
        if kind == "text":
            result[name] = utf16(raw.FPDFAnnot_GetFormFieldValue, env, annotation)
        elif kind in ("checkbox", "radio"):
            if raw.FPDFAnnot_IsChecked(env, annotation):
                result[name] = utf16(raw.FPDFAnnot_GetStringValue, annotation, b"AS")
            else:
                result.setdefault(name, "Off")

    each_widget(document, visit)
    return result


def position(env, annotation):
    """A radio button's position in its group, which is its state name in Ayumi's notes (the
    option text is in /Opt, so PDFium's export value is that text, not the state)."""
    return str(raw.FPDFAnnot_GetFormControlIndex(env, annotation))


def click(env, page, annotation):
    rect = raw.FS_RECTF()
    raw.FPDFAnnot_GetRect(annotation, rect)
    x, y = (rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2
    raw.FORM_OnMouseMove(env, page.raw, 0, x, y)
    raw.FORM_OnLButtonDown(env, page.raw, 0, x, y)
    raw.FORM_OnLButtonUp(env, page.raw, 0, x, y)


def type_text(env, page, value):
    raw.FORM_SelectAllText(env, page.raw)
    units = value.replace("\r\n", "\n").replace("\n", "\r").encode("utf-16-le", errors="surrogatepass")
    for at in range(0, len(units), 2):
        raw.FORM_OnChar(env, page.raw, int.from_bytes(units[at:at + 2], "little"), 0)


def type_answers(document, answers):
    env = document.formenv.raw
    typed = []

    def visit(page, annotation, name, kind):
        if name not in answers:
            return
        value = answers[name]
        if kind == "text":
            click(env, page, annotation)
            type_text(env, page, value)
            raw.FORM_ForceToKillFocus(env)
        elif kind in ("checkbox", "radio"):
            checked = bool(raw.FPDFAnnot_IsChecked(env, annotation))
            wanted = value != "Off" and (kind == "checkbox" or position(env, annotation) == value)
            # Clicking a chosen radio button does not turn it off (as in Chrome), so only
            # the button to choose is clicked.
            if wanted != checked and (kind == "checkbox" or wanted):
                click(env, page, annotation)
                raw.FORM_ForceToKillFocus(env)
        else:
            return
        if name not in typed:
            typed.append(name)

    each_widget(document, visit)
    return typed


def main(arguments):
    command, path = arguments[0], arguments[1]
    document = pdfium.PdfDocument(path)
    document.init_forms()
    if command == "values":
        result = values(document)
    elif command == "type":
        with open(arguments[3], encoding="utf-8") as handle:
            answers = json.load(handle)
        typed = type_answers(document, answers)
        document.save(arguments[2])
        result = {"typed": sorted(typed)}
    else:
        print(f"unknown command {command}", file=sys.stderr)
        return 2
    document.close()
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
