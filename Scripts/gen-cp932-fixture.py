#!/usr/bin/env python3
"""Writes the Shift_JIS (CP932) test fixtures for Ayumi's CSV reader.

Usage: python3 Scripts/gen-cp932-fixture.py    (from the repository root)

Ayumi decodes CP932 with Foundation's `.shiftJIS`, which on swift-corelibs-foundation is
Microsoft's CP932 (see Sources/AyumiTemplate/CSV/CSVEncoding.swift). These fixtures let the
tests hold it to that on every platform, using Python's own `cp932` codec as the reference:

  Tests/AyumiTemplateTests/Fixtures/csv/cp932-all.csv
      Every character CP932 can encode in one or two bytes, except the user-defined area
      F040-F9FC (private use) and the lone bytes Python maps to private use (0x80, 0xA0,
      0xFD-0xFF). Columns: bytes (hex), code point (hex), the character itself in CP932.
  Tests/AyumiTemplateTests/Fixtures/csv/contacts-cp932.csv
      A small contact list as Excel saves it (CRLF, a quoted cell with a comma and a line
      break), using ①, ㈱, ～, ｱｲｳ, 髙 and ordinary kanji. The tests compare it with the
      UTF-8 text below.

The data is fictional.
"""
import pathlib

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "Tests/AyumiTemplateTests/Fixtures/csv"

# Keep in step with the expected text in Tests/AyumiTemplateTests/CSV/CSVEncodingTests.swift.
CONTACTS = (
    "名称,電話番号,受付時間,備考\r\n"
    "①みらい市 高齢者支援課,0120-000-000,9時～17時,ｱｲｳ相談窓口\r\n"
    "㈱みらいケアサービス,03-0000-0000,\"平日 9時～18時,土曜 9時～12時\",\"担当 髙橋\r\n「人生会議」は予約制\"\r\n"
)


def every_character():
    rows = []
    for byte in range(0x20, 0x100):
        try:
            text = bytes([byte]).decode("cp932")
        except UnicodeDecodeError:
            continue
        if byte < 0x80 or 0xA1 <= byte <= 0xDF:  # ASCII and half-width katakana
            rows.append((bytes([byte]), text))
    for lead in list(range(0x81, 0xA0)) + list(range(0xE0, 0xF0)) + list(range(0xFA, 0xFD)):
        for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)):
            raw = bytes([lead, trail])
            try:
                rows.append((raw, raw.decode("cp932")))
            except UnicodeDecodeError:
                pass
    return rows


def main():
    FIXTURES.mkdir(parents=True, exist_ok=True)
    lines = [b"bytes,code_point,character"]
    for raw, text in every_character():
        cell = text.encode("cp932")
        if text in ",\"":
            cell = b'"' + cell.replace(b'"', b'""') + b'"'
        lines.append(raw.hex().upper().encode() + b"," + format(ord(text), "04X").encode() + b"," + cell)
    (FIXTURES / "cp932-all.csv").write_bytes(b"\r\n".join(lines) + b"\r\n")
    (FIXTURES / "contacts-cp932.csv").write_bytes(CONTACTS.encode("cp932"))
    print(f"{len(lines) - 1} characters; contacts {len(CONTACTS.encode('cp932'))} bytes")


if __name__ == "__main__":
    main()
