// Reads and fills Ayumi's PDFs with MuPDF (`mutool run`), for AyumiFormsTests.
//
//   mutool run mutool-forms.js fields PDF                  the widgets as MuPDF sees them (JSON)
//   mutool run mutool-forms.js fill PDF OUT NAME=VALUE…     set text values, regenerate, save incrementally
//   mutool run mutool-forms.js values PDF                  {full name: value} of every field (JSON): a
//                                                          check box or radio group gives its chosen state
//                                                          ("Yes", "0", …) or "Off"
//   mutool run mutool-forms.js type PDF OUT ANSWERS        types each field of ANSWERS (a JSON file {full
//                                                          name: value}) as MuPDF's viewers do, saves
//                                                          incrementally; a button's value is the state to choose

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
//
// The loaded pages are kept until the end: a page the garbage collector frees before the file is
// saved can take its widgets' regenerated appearances with it (MuPDF 1.21 then saved the values
// of a table page's cells but not their new appearances, depending on how much the script had
// allocated, even on the length of the output path).
var loadedPages = [];
function widgets(document, visit) {
  for (var number = 0; number < document.countPages(); number++) {
    var page = document.loadPage(number);
    loadedPages.push(page);
    var list = page.getWidgets();
    var annots = document.findPage(number).get("Annots");
    var objects = [];
    for (var a = 0; annots && !annots.isNull() && a < annots.length; a++) {
      var annot = annots.get(a);
      if (annot.get("Subtype").toString() === "/Widget") objects.push(annot);
    }
    for (var index = 0; index < list.length; index++) visit(list[index], number, objects[index]);
  }
}

// The state a button widget has when on: the key of its /AP /N that is not /Off.
function onState(object) {
  var state = null;
  var normal = object.get("AP").get("N");
  normal.forEach(function (key) { if (key !== "Off") state = key; });
  return state;
}

// What a person sees in a widget: a text field's value, or the state a button is drawn in (its
// /AS), "Off" when it has none.
function shown(widget, object) {
  var type = widget.getFieldType();
  if (type === "text") return widget.getValue();
  var state = object.get("AS");
  return state && !state.isNull() ? state.asName() : "Off";
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
} else if (command === "values") {
  var values = {};
  widgets(document, function (widget, page, object) {
    var type = widget.getFieldType();
    var name = fullName(object);
    if (type === "text") values[name] = widget.getValue();
    else if (type === "checkbox" || type === "radiobutton") {
      var state = shown(widget, object);
      if (state !== "Off" || !values.hasOwnProperty(name)) values[name] = state;
    }
  });
  print(JSON.stringify(values));
} else if (command === "type") {
  var answers = JSON.parse(read(scriptArgs[3]));
  var typed = [];
  widgets(document, function (widget, page, object) {
    var name = fullName(object);
    if (!answers.hasOwnProperty(name)) return;
    var value = answers[name];
    var type = widget.getFieldType();
    if (type === "text") {
      widget.setTextValue(value);
    } else if (type === "checkbox" || type === "radiobutton") {
      var on = shown(widget, object) !== "Off";
      var wanted = value !== "Off" && (type === "checkbox" || onState(object) === value);
      // A click on a chosen radio button leaves it chosen, so only the one to choose is clicked.
      if (wanted !== on && (type === "checkbox" || wanted)) widget.toggle();
    } else return;
    widget.update();
    if (typed.indexOf(name) < 0) typed.push(name);
  });
  document.save(scriptArgs[2], "incremental");
  print(JSON.stringify({ typed: typed.sort() }));
} else {
  throw new Error("unknown command " + command);
}
