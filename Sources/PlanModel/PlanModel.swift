// PlanModel: the library behind `verbeter`. A plan file passes through these stages, each in its
// own folder, each depending only on the ones before it:
//
// 1. Syntax/      `SyntaxParser` reads the UTF-8 bytes of the YAML subset (docs/FORMAT.md) into a
//                 lossless `SyntaxTree`: nodes are byte ranges into the one buffer, so
//                 `SyntaxPrinter` gives back the file byte for byte and an edit can replace one
//                 value token. Problems are `Diagnostic` values; the parser recovers at the next
//                 line. Large plans are read on two cores (`SyntaxParser+Split`).
// 2. Model/       `PlanBuilder` turns the tree into value types (`Plan`, `Aandachtspunt`, `Actie`,
//                 `HistorieEntry`), each field `Located` at its line and column; `LoadedPlan` runs
//                 stages 1-3 for one file and collects every diagnostic, sorted.
// 3. Deadlines/, Checks/, Progress/
//                 pure functions with the peildatum as a parameter: when a deadline falls due
//                 (`DeadlineForm`, `ActieTiming`), the checks `check` runs (`PlanChecks.checks`), and
//                 the plan on a past date and the comparison of two plans (`ProgressDiff`).
// 4. Editing/     `PlanEdit` changes one value token and appends one historie line on the tree;
//                 FileSystem/`LockedRewrite` writes the result under `flock`, atomically.
// 5. Reports/     plain data computed once: rows of acties, the seeds' tables (`ReportTable`),
//                 the values a letter template is filled with (`LetterContext`).
// 6. Rendering/   one renderer per format (Markdown, HTML, ODT with our own zip writer, text,
//                 CSV, JSON) and the small template language that makes a `Document` of a letter.
//
// Beside the stages: FileSystem/ reads plan files and folders (`PlanFiles`) and writes edits
// (`LockedRewrite`); Support/ holds small helpers every stage may use: strings, lookups, work
// side by side (`concurrentlyMade`), and `HeapWarmup`, which maps memory before a large plan is
// built (see docs/PERFORMANCE.md).
//
// The `verbeter` executable is a thin layer over this: one file per command.

/// The version `verbeter --version` prints.
public enum VerbeterVersion { public static let text = "0.1.0" }
