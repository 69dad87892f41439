#!/usr/bin/env python3
"""Reads and fills Ayumi's PDFs with independent PDF libraries, for AyumiFormsTests.

Each command prints one JSON document on stdout. A library that is not installed makes the
command exit with status 3 and print what to install on stderr, so a test can skip clearly.

  readers.py fields PDF                 the field set as pypdf, pikepdf and PDFium see it
  readers.py structure PDF              tagged-PDF facts read with pikepdf
  readers.py pdfium-fill PDF OUT NAME=VALUE…   type into text fields with PDFium and save
                                              (NAME=@N clicks the field's widget N, from 0: buttons)
  readers.py pypdf-fill PDF OUT NAME=VALUE…    set values with pypdf (no appearance regeneration)
  readers.py pdfium-render PDF PAGE DPI OUT    render a page (0-based) with its form fields to PNG
  readers.py ink PNG X0,Y0,X1,Y1 …             dark pixels in each rectangle of a PNG (pixels, y down)
  readers.py font FILE                         a font file as fontTools reads it
  readers.py appearance-fonts PDF NAME         the fonts of field NAME's normal appearance
  readers.py drop-text-states PDF OUT          a copy without /AS on text widgets (see below)
  readers.py crop PNG X0,Y0,X1,Y1 OUT          a rectangle of a PNG (pixels, y down), in grey
"""

import json
import sys


def need(module):
    try:
        return __import__(module)
    except ImportError:
        print(f"python module `{module}` is missing: pip install pypdf pikepdf pypdfium2", file=sys.stderr)
        sys.exit(3)


def pypdf_fields(path):
    pypdf = need("pypdf")
    reader = pypdf.PdfReader(path)
    fields = reader.get_fields() or {}
    result = {}
    for name, field in fields.items():
        if field.get("/FT") is None:
            continue  # a non-terminal field
        value = field.get("/V")
        result[name] = {"type": str(field.get("/FT")), "value": None if value is None else str(value),
                        "label": field.get("/TU")}
    return result


def pikepdf_fields(path):
    pikepdf = need("pikepdf")
    result = {}
    with pikepdf.open(path) as pdf:
        form = pikepdf.form.Form(pdf) if hasattr(pikepdf, "form") else None
        acro = pdf.Root.AcroForm

        def visit(node, prefix):
            name = str(node.get("/T", ""))
            full = f"{prefix}.{name}" if prefix and name else (name or prefix)
            kids = node.get("/Kids")
            is_terminal = "/FT" in node or kids is None or all("/T" not in kid for kid in kids)
            if is_terminal and ("/FT" in node or node.get("/Parent") is not None):
                field_type = node.get("/FT")
                parent = node.get("/Parent")
                while field_type is None and parent is not None:
                    field_type = parent.get("/FT")
                    parent = parent.get("/Parent")
                value = node.get("/V")
                result[full] = {"type": str(field_type), "value": None if value is None else str(value),
                                "label": str(node.get("/TU")) if "/TU" in node else None}
            elif kids is not None:
                for kid in kids:
                    visit(kid, full)

        for field in acro.Fields:
            visit(field, "")
        del form
    return result


def pdfium_fields(path):
    pdfium = need("pypdfium2")
    raw = pdfium.raw
    document = pdfium.PdfDocument(path)
    handle = document.init_forms()
    result = {}
    import ctypes
    for index in range(len(document)):
        page = document[index]
        for annotation_index in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annotation = raw.FPDFPage_GetAnnot(page.raw, annotation_index)
            if raw.FPDFAnnot_GetSubtype(annotation) != raw.FPDF_ANNOT_WIDGET:
                raw.FPDFPage_CloseAnnot(annotation)
                continue

            def text(function):
                length = function(document.formenv.raw, annotation, None, 0)
                buffer = ctypes.create_string_buffer(length)
                function(document.formenv.raw, annotation, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), length)
                return buffer.raw[:max(0, length - 2)].decode("utf-16-le")

            name = text(raw.FPDFAnnot_GetFormFieldName)
            kind = raw.FPDFAnnot_GetFormFieldType(document.formenv.raw, annotation)
            value = text(raw.FPDFAnnot_GetFormFieldValue)
            label = text(raw.FPDFAnnot_GetFormFieldAlternateName)
            checked = bool(raw.FPDFAnnot_IsChecked(document.formenv.raw, annotation))
            entry = result.setdefault(name, {"type": {1: "/Btn", 2: "/Btn", 3: "/Btn", 6: "/Tx"}.get(kind, str(kind)),
                                              "value": value, "label": label, "widgets": 0, "checked": []})
            entry["widgets"] += 1
            entry["checked"].append(checked)
            raw.FPDFPage_CloseAnnot(annotation)
        page.close()
    del handle
    document.close()
    return result


def structure(path):
    pikepdf = need("pikepdf")
    facts = {}
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        facts["lang"] = str(root.get("/Lang")) if "/Lang" in root else None
        facts["marked"] = bool(root.get("/MarkInfo", {}).get("/Marked", False))
        facts["displayDocTitle"] = bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False))
        facts["needAppearances"] = bool(root.AcroForm.get("/NeedAppearances", False)) if "/AcroForm" in root else None
        tree = root.get("/StructTreeRoot")
        facts["tagged"] = tree is not None
        pages = list(pdf.pages)
        facts["tabs"] = [str(page.obj.get("/Tabs")) if "/Tabs" in page.obj else None for page in pages]
        facts["pagesWithWidgets"] = [any(a.get("/Subtype") == "/Widget" for a in page.obj.get("/Annots", [])) for page in pages]
        facts["trimBoxes"] = [[float(v) for v in page.obj.TrimBox] if "/TrimBox" in page.obj else None for page in pages]
        facts["bleedBoxes"] = [[float(v) for v in page.obj.BleedBox] if "/BleedBox" in page.obj else None for page in pages]

        # Every widget: an /AP /N, and /StructParent → ParentTree → a /Form element whose /K holds an OBJR back.
        nums = {}
        if tree is not None:
            parent_tree = tree.ParentTree
            array = parent_tree.Nums
            for i in range(0, len(array), 2):
                nums[int(array[i])] = array[i + 1]
            facts["parentTreeNextKey"] = int(tree.get("/ParentTreeNextKey", -1))
            facts["maxParentTreeKey"] = max(nums) if nums else -1
        widgets = []
        for page_number, page in enumerate(pages):
            for annotation in page.obj.get("/Annots", []):
                if annotation.get("/Subtype") != "/Widget":
                    continue
                entry = {"page": page_number, "hasNormalAppearance": "/AP" in annotation and "/N" in annotation.AP,
                         "print": int(annotation.get("/F", 0)) & 4 == 4, "linked": False}
                key = annotation.get("/StructParent")
                if key is not None and int(key) in nums:
                    element = nums[int(key)]
                    kids = element.get("/K")
                    kids = [kids] if not isinstance(kids, pikepdf.Array) else list(kids)
                    back = any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
                               and k.Obj.objgen == annotation.objgen for k in kids)
                    entry["linked"] = str(element.get("/S")) == "/Form" and back
                widgets.append(entry)
        facts["widgets"] = widgets

        # Figures' /Alt, links' /Contents, headings in order.
        figures, headings, links = [], [], []

        def walk(node, depth=0):
            if depth > 200:
                return
            kids = node.get("/K")
            if kids is None:
                return
            kids = kids if isinstance(kids, pikepdf.Array) else [kids]
            for kid in kids:
                if not isinstance(kid, pikepdf.Dictionary) or "/S" not in kid:
                    continue
                kind = str(kid.S)
                if kind == "/Figure":
                    figures.append(str(kid.get("/Alt")) if "/Alt" in kid else None)
                if kind in ("/H", "/H1", "/H2", "/H3", "/H4", "/H5", "/H6"):
                    headings.append(kind[1:])
                if kind == "/Link":
                    objs = [k for k in (kid.K if isinstance(kid.K, pikepdf.Array) else [kid.K])
                            if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"]
                    for obj in objs:
                        annot = obj.Obj
                        links.append({"contents": str(annot.get("/Contents")) if "/Contents" in annot else None,
                                      "destination": str(annot.get("/Dest")) if "/Dest" in annot else None})
                walk(kid, depth + 1)

        if tree is not None:
            walk(tree)
        facts["figures"] = figures
        facts["headings"] = headings
        facts["links"] = links
        outline = []
        with pdf.open_outline() as o:
            def visit(items, level):
                for item in items:
                    outline.append({"title": item.title, "level": level})
                    visit(item.children, level + 1)
            visit(o.root, 1)
        facts["outline"] = outline
        names = root.get("/Names")
        facts["destinations"] = []
        if names is not None and "/Dests" in names:
            tree_names = names.Dests.get("/Names", [])
            facts["destinations"] = [str(tree_names[i]) for i in range(0, len(tree_names), 2)]
    return facts


def pdfium_fill(path, out, assignments):
    pdfium = need("pypdfium2")
    raw = pdfium.raw
    import ctypes
    document = pdfium.PdfDocument(path)
    document.init_forms()
    env = document.formenv.raw
    filled = {}
    seen = {}
    for index in range(len(document)):
        page = document[index]
        raw.FORM_OnAfterLoadPage(page.raw, env)
        for annotation_index in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annotation = raw.FPDFPage_GetAnnot(page.raw, annotation_index)
            length = raw.FPDFAnnot_GetFormFieldName(env, annotation, None, 0)
            buffer = ctypes.create_string_buffer(length)
            raw.FPDFAnnot_GetFormFieldName(env, annotation, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), length)
            name = buffer.raw[:max(0, length - 2)].decode("utf-16-le")
            number = seen.get(name, 0)
            seen[name] = number + 1
            value = assignments.get(name)
            click = value is not None and value.startswith("@")
            if value is not None and (click and int(value[1:]) == number or not click and name not in filled):
                rect = raw.FS_RECTF()
                raw.FPDFAnnot_GetRect(annotation, rect)
                x, y = (rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2
                raw.FORM_OnMouseMove(env, page.raw, 0, x, y)
                raw.FORM_OnLButtonDown(env, page.raw, 0, x, y)
                raw.FORM_OnLButtonUp(env, page.raw, 0, x, y)
                if not click:
                    # One UTF-16 unit at a time, as Chrome passes keys: FORM_ReplaceSelection
                    # would keep only the low 16 bits of 𠮷 (pdfium-forms.py does the same).
                    raw.FORM_SelectAllText(env, page.raw)
                    units = value.replace("\n", "\r").encode("utf-16-le", errors="surrogatepass")
                    for at in range(0, len(units), 2):
                        raw.FORM_OnChar(env, page.raw, int.from_bytes(units[at:at + 2], "little"), 0)
                raw.FORM_ForceToKillFocus(env)
                filled[name] = True
            raw.FPDFPage_CloseAnnot(annotation)
        raw.FORM_OnBeforeClosePage(page.raw, env)
        page.close()
    document.save(out)
    document.close()
    return {"filled": sorted(filled)}


def pypdf_fill(path, out, assignments):
    pypdf = need("pypdf")
    reader = pypdf.PdfReader(path)
    writer = pypdf.PdfWriter(clone_from=reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, assignments, auto_regenerate=False)
    with open(out, "wb") as handle:
        writer.write(handle)
    return {"filled": sorted(assignments)}


def pdfium_render(path, page_index, dpi, out):
    pdfium = need("pypdfium2")
    document = pdfium.PdfDocument(path)
    document.init_forms()
    page = document[page_index]
    image = page.render(scale=dpi / 72, may_draw_forms=True).to_pil()
    image.save(out)
    return {"width": image.width, "height": image.height}


def ink(path, rects):
    image_module = need("PIL.Image")
    from PIL import Image
    image = Image.open(path).convert("L")
    counts = []
    for rect in rects:
        x0, y0, x1, y1 = (int(round(float(v))) for v in rect.split(","))
        region = image.crop((max(0, x0), max(0, y0), min(image.width, x1), min(image.height, y1)))
        histogram = region.histogram()
        counts.append(sum(histogram[:128]))
    del image_module
    return {"dark": counts}


def font(path):
    need("fontTools")
    from fontTools.ttLib import TTFont
    loaded = TTFont(path)
    cmap = loaded.getBestCmap() or {}
    order = loaded.getGlyphOrder()
    return {"glyphs": len(order), "tables": sorted(loaded.keys()),
            "cmap": {chr(code): order.index(name) for code, name in cmap.items()},
            "advances": [loaded["hmtx"][name][0] for name in order],
            "unitsPerEm": loaded["head"].unitsPerEm}


def appearance_fonts(path, name):
    pikepdf = need("pikepdf")
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", []):
                if str(annotation.get("/T", "")) != name or "/AP" not in annotation:
                    continue
                appearance = annotation.AP.N
                fonts = appearance.get("/Resources", {}).get("/Font", {})
                return {"fonts": {key[1:]: {"baseFont": str(font.get("/BaseFont")),
                                            "encoding": str(font.get("/Encoding"))} for key, font in fonts.items()},
                        "content": appearance.read_bytes().decode("latin-1")}
    return {"fonts": {}, "content": None}


def drop_text_states(path, out):
    """poppler-glib saves a text widget with `/AS /N` beside its /AP /N stream; viewers ignore
    it, but qpdf 11.3's flattening then looks for a state /N inside /AP /N, finds none and drops
    the widget's appearance. Removing the meaningless /AS lets qpdf flatten what viewers show."""
    pikepdf = need("pikepdf")
    dropped = 0
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", []):
                field, kind = annotation, annotation.get("/FT")
                while kind is None and field.get("/Parent") is not None:
                    field = field.Parent
                    kind = field.get("/FT")
                appearance = annotation.get("/AP", {}).get("/N")
                if kind == "/Tx" and "/AS" in annotation and isinstance(appearance, pikepdf.Stream):
                    del annotation["/AS"]
                    dropped += 1
        pdf.save(out)
    return {"dropped": dropped}


def crop(path, rect, out):
    need("PIL.Image")
    from PIL import Image
    x0, y0, x1, y1 = (int(round(float(v))) for v in rect.split(","))
    Image.open(path).convert("L").crop((x0, y0, x1, y1)).save(out)
    return {"width": x1 - x0, "height": y1 - y0}


def main(arguments):
    command, path = arguments[0], arguments[1]
    if command == "fields":
        result = {"pypdf": pypdf_fields(path), "pikepdf": pikepdf_fields(path), "pdfium": pdfium_fields(path)}
    elif command == "structure":
        result = structure(path)
    elif command == "pdfium-render":
        result = pdfium_render(path, int(arguments[2]), float(arguments[3]), arguments[4])
    elif command == "ink":
        result = ink(path, arguments[2:])
    elif command == "appearance-fonts":
        result = appearance_fonts(path, arguments[2])
    elif command == "crop":
        result = crop(path, arguments[2], arguments[3])
    elif command == "drop-text-states":
        result = drop_text_states(path, arguments[2])
    elif command == "font":
        result = font(path)
    elif command in ("pdfium-fill", "pypdf-fill"):
        assignments = dict(item.split("=", 1) for item in arguments[3:])
        fill = pdfium_fill if command == "pdfium-fill" else pypdf_fill
        result = fill(path, arguments[2], assignments)
    else:
        print(f"unknown command {command}", file=sys.stderr)
        return 2
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
