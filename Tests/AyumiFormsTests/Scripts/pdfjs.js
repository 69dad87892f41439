// Reads and fills Ayumi's PDFs with pdf.js (Debian's libjs-pdf) under Node, for AyumiFormsTests.
//
//   node pdfjs.js fields PDF                     the fields as pdf.js sees them (JSON)
//   node pdfjs.js fill PDF OUT NAME=VALUE…        type values into text fields and save; for buttons,
//                                                 NAME=@N turns on the field's widget N (from 0) and the
//                                                 others of a radio group off; a check box NAME=@off turns off
//   node pdfjs.js values PDF                     {full name: value} of every field (JSON): a check box or
//                                                 radio group gives the state chosen ("Yes", "0", …) or "Off"
//   node pdfjs.js type PDF OUT ANSWERS           types each field of ANSWERS (a JSON file {full name:
//                                                 value}) as Firefox's form layer stores it, and saves; a
//                                                 button's value is the state to choose
//
// pdf.js needs the Adobe-Japan1 CMaps to encode typed text in the non-embedded UniJIS-UTF16-H
// font; it ships only a few, so the ones from poppler-data are used (reference/pdf-forms.md §6).
// Exit status 3 with a message when pdf.js is not installed.

const fs = require("fs");
const path = "/usr/share/nodejs/pdfjs-dist/build/pdf.js";
if (!fs.existsSync(path)) {
  process.stderr.write("pdf.js is missing: apt-get install libjs-pdf\n");
  process.exit(3);
}
const pdfjs = require(path);
pdfjs.GlobalWorkerOptions.workerSrc = "/usr/share/nodejs/pdfjs-dist/build/pdf.worker.js";

async function open(file) {
  const data = new Uint8Array(fs.readFileSync(file));
  return pdfjs.getDocument({
    data,
    cMapUrl: "/usr/share/poppler/cMap/Adobe-Japan1/",
    cMapPacked: false,
    verbosity: 0,
  }).promise;
}

async function annotations(document) {
  const result = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== "Widget") continue;
      result.push({
        page: number,
        id: annotation.id,
        name: annotation.fieldName,
        type: annotation.fieldType,
        label: annotation.alternativeText || null,
        value: annotation.fieldValue === undefined ? null : annotation.fieldValue,
        multiline: !!annotation.multiLine,
        comb: !!annotation.comb,
        maxLength: annotation.maxLen || 0,
        radio: !!annotation.radioButton,
        checkBox: !!annotation.checkBox,
        exportValue: annotation.exportValue || annotation.buttonValue || null,
      });
    }
  }
  return result;
}

/// What a person sees in each field: the stored value of a text field, the chosen state of a
/// button field ("Off" when none is).
async function values(document) {
  const result = {};
  for (const annotation of await annotations(document)) {
    const { name, type, value } = annotation;
    if (type === "Tx") {
      result[name] = value === null ? "" : String(value);
    } else if (type === "Btn" && (annotation.radio || annotation.checkBox)) {
      result[name] = value === null || value === undefined || value === "" ? "Off" : String(value);
    }
  }
  return result;
}

/// Sets each answer through the annotation storage, which is what Firefox's HTML form layer
/// writes to as the person types or clicks; a radio button or check box is on when its own
/// state (exportValue) is the one asked for.
async function typeAnswers(document, answers) {
  const typed = [];
  for (const annotation of await annotations(document)) {
    if (!(annotation.name in answers)) continue;
    const value = answers[annotation.name];
    if (annotation.type === "Tx") {
      document.annotationStorage.setValue(annotation.id, { value });
    } else if (annotation.radio || annotation.checkBox) {
      document.annotationStorage.setValue(annotation.id, { value: value !== "Off" && annotation.exportValue === value });
    } else {
      continue;
    }
    if (!typed.includes(annotation.name)) typed.push(annotation.name);
  }
  return typed.sort();
}

async function main() {
  const [command, file, out, ...rest] = process.argv.slice(2);
  const document = await open(file);
  if (command === "fields") {
    const objects = (await document.getFieldObjects()) || {};
    const fields = {};
    for (const [name, entries] of Object.entries(objects)) {
      // A field with separate widgets comes first with an empty type and its kidIds; a
      // non-terminal field has only that entry.
      const widgets = entries.filter((entry) => entry.type);
      if (widgets.length === 0) continue;
      fields[name] = { type: widgets[0].type, value: widgets[0].value, widgets: widgets.length };
    }
    process.stdout.write(JSON.stringify({ fields, annotations: await annotations(document) }));
  } else if (command === "fill") {
    const assignments = Object.fromEntries([...rest].map((item) => {
      const at = item.indexOf("=");
      return [item.slice(0, at), item.slice(at + 1)];
    }));
    const filled = [];
    const seen = {};
    for (const annotation of await annotations(document)) {
      if (!(annotation.name in assignments)) continue;
      const number = seen[annotation.name] || 0;
      seen[annotation.name] = number + 1;
      const value = assignments[annotation.name];
      if (value.startsWith("@")) {
        const on = value !== "@off" && Number(value.slice(1)) === number;
        if (annotation.checkBox && number > 0) continue;
        document.annotationStorage.setValue(annotation.id, { value: on });
      } else {
        document.annotationStorage.setValue(annotation.id, { value });
      }
      if (!filled.includes(annotation.name)) filled.push(annotation.name);
    }
    const saved = await document.saveDocument();
    fs.writeFileSync(out, saved);
    process.stdout.write(JSON.stringify({ filled }));
  } else if (command === "values") {
    process.stdout.write(JSON.stringify(await values(document)));
  } else if (command === "type") {
    const answers = JSON.parse(fs.readFileSync(rest[0], "utf8"));
    const typed = await typeAnswers(document, answers);
    fs.writeFileSync(out, await document.saveDocument());
    process.stdout.write(JSON.stringify({ typed }));
  } else {
    process.stderr.write(`unknown command ${command}\n`);
    process.exit(2);
  }
  await document.destroy();
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
