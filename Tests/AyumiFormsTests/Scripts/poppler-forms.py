#!/usr/bin/python3
"""Types into Ayumi's fillable PDFs and reads them back with poppler-glib (Evince, Okular's engine).

poppler-glib comes from Debian's gir1.2-poppler-0.18 through python3-gi, which only Debian's own
/usr/bin/python3 can import (a pyenv or venv python3 first on PATH cannot), hence the shebang.

  poppler-forms.py values PDF               {full name: value} of every field (JSON); a check
                                            box gives "Yes"/"Off", a radio group the position of
                                            its chosen button ("0", "1", …) or "Off"
  poppler-forms.py widgets PDF              every widget: name, kind, page (from 0), rect in PDF
                                            points (x0, y0, x1, y1, origin bottom left), and
                                            the page's height
  poppler-forms.py type PDF OUT ANSWERS     sets each field of ANSWERS (a JSON file {full name:
                                            value}) as Evince does when the user types or clicks,
                                            and saves; a button's value is the state to choose
                                            ("Yes"/"Off", or a radio button's position)

Exit status 3 when poppler-glib is missing, naming the packages to install.
"""

import json
import sys

try:
    import gi
    gi.require_version("Poppler", "0.18")
    from gi.repository import Gio, Poppler
except (ImportError, ValueError):
    print("poppler-glib is missing: apt-get install python3-gi gir1.2-poppler-0.18 (Debian's /usr/bin/python3)",
          file=sys.stderr)
    sys.exit(3)


def open_document(path):
    return Poppler.Document.new_from_file(Gio.File.new_for_path(path).get_uri(), None)


def widgets(document):
    """Every widget with its page and rectangle (PDF points, origin bottom left). A radio group's buttons are separate form fields with one
    name; poppler lists a page's mappings in reverse order, so they are sorted by id, which
    follows the order of the group's /Kids (that is, the buttons' positions)."""
    result = []
    for number in range(document.get_n_pages()):
        page = document.get_page(number)
        mappings = sorted(page.get_form_field_mapping(), key=lambda mapping: mapping.field.get_id())
        for mapping in mappings:
            area = mapping.area
            result.append((number, mapping.field, (area.x1, area.y1, area.x2, area.y2), page.get_size()[1]))
    return result


def kind(field):
    field_type = field.get_field_type()
    if field_type == Poppler.FormFieldType.TEXT:
        return "text"
    if field_type == Poppler.FormFieldType.BUTTON:
        button = field.button_get_button_type()
        return {Poppler.FormButtonType.CHECK: "checkbox", Poppler.FormButtonType.RADIO: "radio"}.get(button, "button")
    return "other"


def values(document):
    result = {}
    positions = {}
    for _, field, _, _ in widgets(document):
        name = field.get_name()
        what = kind(field)
        if what == "text":
            result[name] = field.text_get_text() or ""
        elif what == "checkbox":
            result[name] = "Yes" if field.button_get_state() else "Off"
        elif what == "radio":
            position = positions.get(name, 0)
            positions[name] = position + 1
            if field.button_get_state():
                result[name] = str(position)
            else:
                result.setdefault(name, "Off")
    return result


def type_answers(document, answers):
    typed = []
    positions = {}
    for _, field, _, _ in widgets(document):
        name = field.get_name()
        if name not in answers:
            continue
        value = answers[name]
        what = kind(field)
        if what == "text":
            field.text_set_text(value)
        elif what == "checkbox":
            field.button_set_state(value != "Off")
        elif what == "radio":
            position = positions.get(name, 0)
            positions[name] = position + 1
            if str(position) == value:
                field.button_set_state(True)
        else:
            continue
        if name not in typed:
            typed.append(name)
    return typed


def main(arguments):
    command, path = arguments[0], arguments[1]
    document = open_document(path)
    if command == "values":
        result = values(document)
    elif command == "widgets":
        result = [{"name": field.get_name(), "kind": kind(field), "page": page, "rect": list(rect),
                   "pageHeight": height} for page, field, rect, height in widgets(document)]
    elif command == "type":
        with open(arguments[3], encoding="utf-8") as handle:
            answers = json.load(handle)
        typed = type_answers(document, answers)
        document.save(Gio.File.new_for_path(arguments[2]).get_uri())
        result = {"typed": sorted(typed)}
    else:
        print(f"unknown command {command}", file=sys.stderr)
        return 2
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
