// Placeholder until the core lands.
public enum VerbeterVersion { public static let text = "0.1.0" }
