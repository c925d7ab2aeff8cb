import Foundation
import Testing

@testable import PlanModel

/// The templates built into the binary are exactly the files in templates/ (regenerate with
/// scripts/embed-templates after editing one).
struct BuiltInTemplatesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")

    @Test func everyTemplateFileIsBuiltInUnchanged() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasSuffix(".md")
        }
        #expect(Set(names) == Set(BuiltInTemplates.all.keys), "run scripts/embed-templates")
        for name in names {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(BuiltInTemplates.all[name] == text, "\(name) differs: run scripts/embed-templates")
        }
    }
}
