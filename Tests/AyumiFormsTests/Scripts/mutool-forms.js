// Reads and fills Ayumi's PDFs with MuPDF (`mutool run`), for AyumiFormsTests.
//
//   mutool run mutool-forms.js fields PDF                  the widgets as MuPDF sees them (JSON)
//   mutool run mutool-forms.js fill PDF OUT NAME=VALUE…     set text values, regenerate, save incrementally

function fullName(object) {
  var parts = [];
  var node = object;
  for (var depth = 0; depth < 32 && node && !node.isNull(); depth++) {
    var partial = node.get("T");
    if (partial && !partial.isNull()) parts.unshift(partial.asString());
    node = node.get("Parent");
  }
  return parts.join(".");
}

// MuPDF 1.21's widgets do not give their dictionaries, so each is paired with the page's
// /Annots widget entries, which getWidgets() lists in the same order.
function widgets(document, visit) {
  for (var number = 0; number < document.countPages(); number++) {
    var list = document.loadPage(number).getWidgets();
    var annots = document.findPage(number).get("Annots");
    var objects = [];
    for (var a = 0; annots && !annots.isNull() && a < annots.length; a++) {
      var annot = annots.get(a);
      if (annot.get("Subtype").toString() === "/Widget") objects.push(annot);
    }
    for (var index = 0; index < list.length; index++) visit(list[index], number, objects[index]);
  }
}

var command = scriptArgs[0];
var document = new PDFDocument(scriptArgs[1]);
if (command === "fields") {
  var result = [];
  widgets(document, function (widget, page, object) {
    result.push({ page: page, name: fullName(object), type: widget.getFieldType(),
                  value: widget.getValue(), label: widget.getLabel() });
  });
  print(JSON.stringify(result));
} else if (command === "fill") {
  var assignments = {};
  for (var i = 3; i < scriptArgs.length; i++) {
    var at = scriptArgs[i].indexOf("=");
    assignments[scriptArgs[i].slice(0, at)] = scriptArgs[i].slice(at + 1);
  }
  var filled = [];
  widgets(document, function (widget, page, object) {
    var name = fullName(object);
    if (assignments.hasOwnProperty(name) && widget.getFieldType() === "text") {
      widget.setTextValue(assignments[name]);
      widget.update();
      filled.push(name);
    }
  });
  document.save(scriptArgs[2], "incremental");
  print(JSON.stringify({ filled: filled }));
} else {
  throw new Error("unknown command " + command);
}
