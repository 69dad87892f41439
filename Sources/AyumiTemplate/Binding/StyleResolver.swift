import AyumiModel
import Yams

/// Resolves the template's named styles into `TextStyle`s, following `based_on`.
///
/// ```yaml
/// styles:
///   paragraph: {font: mincho, size: "{{ font_size }}", line_pitch: 1.75zw, indent: 1zw}
///   title: {based_on: paragraph, font: gothic, weight: bold, size: 1.6zw, indent: 0zw}
/// ```
///
/// `size` in `zw` is relative to the base style's size; every other length in `zw` is relative
/// to the style's own size, so a heading's line pitch grows with its type.
struct StyleResolver {
    static let keys = ["based_on", "font", "weight", "size", "line_pitch", "indent", "space_before", "space_after",
                       "line_break", "hanging_punctuation", "align", "upright_digits"]


    /// A style's settings before sizes are known; unset ones come from the base style.
    private struct Spec {
        var family: String = "mincho"
        var weight: FontWeight = .regular
        var size: LengthSpec = .absolute(.pt(12))
        var linePitch: LengthSpec = .fontRelative(1.75)
        var indent: LengthSpec = .fontRelative(0)
        var spaceBefore: LengthSpec = .fontRelative(0)
        var spaceAfter: LengthSpec = .fontRelative(0)
        var composition = CompositionSettings()
        var resolvedSize: Length = .pt(12)
    }

    let binding: Binding
    let knownFamilies: [String]
    private var resolved: [String: Spec] = [:]

    init(binding: Binding, knownFamilies: [String]) {
        self.binding = binding
        self.knownFamilies = knownFamilies
    }

    /// The style named `name`, or `nil` (with a diagnostic at `location`) when there is none.
    mutating func style(_ name: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> TextStyle? {
        var visiting: [String] = []
        guard let spec = spec(name, at: location, visiting: &visiting, diagnostics: &diagnostics) else { return nil }
        let size = spec.resolvedSize
        return TextStyle(family: spec.family, weight: spec.weight, size: size,
                         linePitch: spec.linePitch.resolved(fontSize: size),
                         firstLineIndent: spec.indent.resolved(fontSize: size),
                         spaceBefore: spec.spaceBefore.resolved(fontSize: size),
                         spaceAfter: spec.spaceAfter.resolved(fontSize: size),
                         composition: spec.composition)
    }

    private mutating func spec(_ name: String, at location: SourceLocation, visiting: inout [String],
                               diagnostics: inout Diagnostics) -> Spec? {
        if let done = resolved[name] { return done }
        guard let declaration = binding.template.styles.first(where: { $0.name == name }) else {
            var hints = ["add it under `styles:` in template.yaml"]
            if let guess = Suggestion.closest(to: name, among: binding.template.styles.map(\.name)) {
                hints.insert("did you mean `\(guess)`?", at: 0)
            }
            diagnostics.append(.error(at: location, "there is no style named `\(name)`", hints: hints))
            return nil
        }
        if visiting.contains(name) {
            diagnostics.append(.error(at: declaration.location,
                                      "the styles \((visiting + [name]).map { "`\($0)`" }.joined(separator: " → ")) are based on each other in a circle"))
            return nil
        }
        visiting.append(name)
        var spec = Spec()
        if let base = declaration.pairs.first(where: { $0.key == "based_on" }),
           let (baseName, baseLocation) = binding.string(base.value, "`based_on`", diagnostics: &diagnostics) {
            guard let baseSpec = self.spec(baseName, at: baseLocation, visiting: &visiting, diagnostics: &diagnostics)
            else { return nil }
            spec = baseSpec
        }
        let baseSize = spec.resolvedSize
        for (key, _, value) in declaration.pairs {
            let what = "`\(key)` of the style `\(name)`"
            switch key {
            case "font":
                guard let (family, location) = binding.string(value, what, diagnostics: &diagnostics) else { continue }
                if knownFamilies.contains(family) {
                    spec.family = family
                } else {
                    diagnostics.append(DataField.unknownWord(family, for: what, at: location, allowed: knownFamilies))
                }
            case "weight":
                spec.weight = binding.choice(value, what, as: FontWeight.self, diagnostics: &diagnostics) ?? spec.weight
            case "size":
                if let size = binding.length(value, what, diagnostics: &diagnostics) {
                    spec.size = size
                    spec.resolvedSize = size.resolved(fontSize: baseSize)
                }
            case "line_pitch": spec.linePitch = binding.length(value, what, diagnostics: &diagnostics) ?? spec.linePitch
            case "indent": spec.indent = binding.length(value, what, diagnostics: &diagnostics) ?? spec.indent
            case "space_before": spec.spaceBefore = binding.length(value, what, diagnostics: &diagnostics) ?? spec.spaceBefore
            case "space_after": spec.spaceAfter = binding.length(value, what, diagnostics: &diagnostics) ?? spec.spaceAfter
            case "align":
                spec.composition.alignment = binding.choice(value, what, as: CompositionSettings.Alignment.self,
                                                            diagnostics: &diagnostics) ?? spec.composition.alignment
            case "line_break":
                spec.composition.strictness = binding.choice(value, what, as: CompositionSettings.Strictness.self,
                                                             diagnostics: &diagnostics) ?? spec.composition.strictness
            case "upright_digits":
                spec.composition.uprightDigits = uprightDigits(value, style: name, diagnostics: &diagnostics)
                    ?? spec.composition.uprightDigits
            case "hanging_punctuation":
                if let (text, location) = binding.string(value, what, diagnostics: &diagnostics) {
                    switch text {
                    case "true", "yes": spec.composition.hangingPunctuation = true
                    case "false", "no": spec.composition.hangingPunctuation = false
                    default: diagnostics.append(.error(at: location, "\(what) must be `true` or `false`, not `\(text)`"))
                    }
                }
            default: break
            }
        }
        resolved[name] = spec
        return spec
    }

    /// `upright_digits`: a whole number of digits from 0 to `CompositionSettings.uprightDigitsLimit`.
    private func uprightDigits(_ node: Node, style: String, diagnostics: inout Diagnostics) -> Int? {
        guard let (text, location) = binding.string(node, "`upright_digits` of the style `\(style)`",
                                                    diagnostics: &diagnostics) else { return nil }
        guard let count = Int(text), (0...CompositionSettings.uprightDigitsLimit).contains(count) else {
            diagnostics.append(.error(at: location,
                                      "`upright_digits` of the style `\(style)` must be a whole number from 0 to \(CompositionSettings.uprightDigitsLimit), not `\(text)`",
                                      hints: ["`2` sets one- and two-digit numbers upright in vertical text (「9時～17時」); `0` leaves numbers to `^…^`"]))
            return nil
        }
        return count
    }
}
