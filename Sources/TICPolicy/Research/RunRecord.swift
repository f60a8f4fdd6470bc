import TICIngest

/// What a research output was made from, so that a paper can cite a result and anyone can redo it:
/// the tool and its version, the command line, the seed (Monte Carlo runs) and the SHA-256 of every
/// input file. `compare.json`, `uncertainty.json` and the JSON of `weights`, `mcda` and `ahp` carry
/// one under `run`.
public struct RunRecord: Sendable, Hashable, Codable {
    /// One input file.
    public struct Input: Sendable, Hashable, Codable {
        /// The path as the user named it (or as the workspace loader found it).
        public var path: String
        /// SHA-256 of the file's bytes, lower-case hex.
        public var sha256: String
        /// Size in bytes.
        public var bytes: Int

        /// The record of a file whose bytes are `contents`, hashed here.
        public init<Bytes: Collection>(path: String, contents: Bytes) where Bytes.Element == UInt8 {
            self.path = path
            sha256 = SHA256.hex(contents)
            bytes = contents.count
        }

        /// The record of a file read by the workspace loader.
        public init(_ file: InputFile) {
            path = file.path
            sha256 = file.sha256
            bytes = file.bytes
        }
    }

    /// Always `ticeval`.
    public var tool: String
    /// The tool's version, e.g. `0.1.0`.
    public var version: String
    /// The arguments after the program name, as given.
    public var commandLine: [String]
    /// The seed of a Monte Carlo run; `nil` when nothing is random.
    public var seed: UInt64?
    /// Every input file, in the order read.
    public var inputs: [Input]

    /// A record of a run of `ticeval`.
    public init(version: String, commandLine: [String], seed: UInt64? = nil, inputs: [Input]) {
        tool = "ticeval"
        self.version = version
        self.commandLine = commandLine
        self.seed = seed
        self.inputs = inputs
    }
}
