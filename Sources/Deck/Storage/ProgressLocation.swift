/// Where progress lives: `--data-dir`, else `$QUIZ_HOME`, else `$XDG_DATA_HOME/quiz`, else `~/.local/share/quiz`.
public enum ProgressLocation {
    public static func resolve(flag: String?, environment: [String: String], home: String) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let q = environment["QUIZ_HOME"], !q.isEmpty { return q }
        if let x = environment["XDG_DATA_HOME"], !x.isEmpty { return x + "/quiz" }
        return home + "/.local/share/quiz"
    }
}
