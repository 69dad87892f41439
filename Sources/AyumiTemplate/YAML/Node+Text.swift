import Yams

extension Node {
    /// The tag of the nodes Ayumi makes itself (from a CSV table, a filter's result), like
    /// those `YAMLFile` reads: implicit, resolved by `YAMLFile.resolver`. Yams's own default
    /// would build its default resolver, seven regular expressions compiled on first use, only
    /// for Ayumi never to ask what they would say.
    static var ayumiTag: Tag { Tag(.implicit, YAMLFile.resolver, .default) }

    /// A scalar holding `string`.
    static func text(_ string: String) -> Node { Node(string, ayumiTag) }
}
