import Foundation
import TestSupport
import Testing

/// `quiz export scores --format html` as a browser shows it: rendered by headless Chromium where the machine
/// has it, and the screenshot read back pixel by pixel.
@Suite struct HTMLReportRenderTests {
    @Test func reportRendersInChromiumWithChartsDrawn() throws {
        let dir = TemporaryDirectory.make()
        let deck = QuizProcess.fixture("study/study.deck")
        _ = try QuizProcess.run(["study", "--now", "2026-01-01T09:00:00Z", "--seed", "7", "--data-dir", dir, deck],
                                stdin: "jan 19 1960\n\nbiological\n\nb\n\nf\n\n:quit\n")
        _ = try QuizProcess.run(["study", "--now", "2026-01-03T09:00:00Z", "--seed", "7", "--data-dir", dir, deck],
                                stdin: "t\n\n:quit\n")
        let export = try QuizProcess.run(["export", "scores", "--format", "html", "--data-dir", dir, "--now", "2026-01-03T12:00:00Z",
                                          "-o", dir + "/report.html", deck])
        #expect(export.status == 0)
        guard let chromium = ExternalTool.find(["chromium", "chromium-browser", "google-chrome"]) else {
            print("skipped: no chromium on PATH (apt-get install chromium) — the HTML report was not rendered")
            return
        }
        guard let python = ExternalTool.find(["python3"]) else {
            print("skipped: no python3 to read the screenshot — the HTML report was not checked as rendered")
            return
        }
        let shot = dir + "/report.png"
        let rendered = try chromium.run(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                         "--force-device-scale-factor=0.5", "--window-size=1000,3200",
                                         "--screenshot=" + shot, "file://" + dir + "/report.html"])
        #expect(rendered.status == 0)
        #expect(FileManager.default.fileExists(atPath: shot))
        // Bar blue, the desired-retention line's red, and the answer buttons' green.
        let read = try python.run([QuizProcess.fixture("render/png_ink.py"), shot, "#3b7dd8", "#d62728", "#2ca02c"])
        #expect(read.status == 0)
        let pixels = try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as! [String: Any]
        let colours = pixels["colours"] as! [String: Int]
        #expect(pixels["width"] as? Int == 500)
        #expect((pixels["ink"] as! Double) > 0.02, "the screenshot is nearly blank")
        #expect(colours["#3b7dd8"]! > 2000, "no bars drawn")
        #expect(colours["#d62728"]! > 100, "no target line or Again bars drawn")
        #expect(colours["#2ca02c"]! > 100, "no Good bars drawn")
    }
}
