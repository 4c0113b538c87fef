import Deck
import Testing

/// Settings resolved key by key from flags, a deck's table, the config file and the defaults.
@Suite struct StudySettingsTests {
    @Test func defaultsAreTheLibraryDefaults() throws {
        let settings = try StudySettings()
        #expect(settings.studyOptions() == StudyOptions())
        #expect(settings.schedulerSettings() == SchedulerSettings.standard)
        #expect(SettingKey.allCases.allSatisfy { settings.source($0) == .default })
    }

    @Test func flagOverDeckOverConfigOverDefault() throws {
        let settings = try StudySettings(config: [.newPerDay: .integer(5), .desiredRetention: .number(0.8), .fuzz: .boolean(false)],
                                         deck: [.newPerDay: .integer(7), .leechAction: .leechAction(.tag)],
                                         flags: [.newPerDay: .integer(9)])
        #expect(settings.value(.newPerDay) == .integer(9))
        #expect(settings.source(.newPerDay) == .flag)
        #expect(settings.source(.leechAction) == .deck)
        #expect(settings.source(.desiredRetention) == .config)
        #expect(settings.source(.siblingSpacing) == .default)
        let options = settings.studyOptions(reviewLimit: 3, cram: true)
        #expect(options == StudyOptions(newPerDay: 9, reviewLimit: 3, cram: true, leechAction: .tag))
        let scheduler = settings.schedulerSettings()
        #expect(scheduler.desiredRetention == 0.8)
        #expect(scheduler.enableFuzzing == false)
    }

    @Test func textIsParsedAndChecked() throws {
        #expect(try SettingKey.learningSteps.parse("1m 10m 1h") == .steps([.minutes(1), .minutes(10), .minutes(60)]))
        #expect(try SettingKey.learningSteps.parse("1m,10m") == .steps([.minutes(1), .minutes(10)]))
        #expect(try SettingKey.burySiblings.parse("off") == .boolean(false))
        #expect(try SettingKey.leechAction.parse("tag") == .leechAction(.tag))
        #expect(try SettingKey.desiredRetention.parse("0.85") == .number(0.85))
        #expect(throws: SettingError(key: "new-per-day", message: "'ten' is not a whole number")) {
            try SettingKey.newPerDay.parse("ten")
        }
        #expect(throws: SettingError(key: "desired-retention", message: "1.5 is not between 0.7 and 0.99")) {
            try SettingKey.desiredRetention.parse("1.5")
        }
        #expect(throws: SettingError(key: "fsrs-parameters", message: "expected 21 parameters, got 2")) {
            try SettingKey.fsrsParameters.parse("1,2")
        }
        #expect(throws: SettingError(key: "leech-threshold", message: "must be at least 1, not 0")) {
            try SettingKey.leechThreshold.parse("0")
        }
    }

    @Test func valuesPrintAsTheyAreRead() throws {
        for key in SettingKey.allCases {
            #expect(try key.parse(key.defaultValue.description) == key.defaultValue)
        }
        #expect(SettingValue.steps([.seconds(30), .minutes(90), .days(2)]).description == "30s 90m 2d")
    }

    @Test func wrongTypesAreRefusedAndWholeNumbersTakenAsNumbers() throws {
        #expect(throws: SettingError(key: "desired-retention", message: "0.0 is not between 0.7 and 0.99")) {
            try SettingKey.desiredRetention.validate(.integer(0))
        }
        #expect(throws: SettingError(key: "new-per-day", message: "expected a whole number, not 0.5")) {
            try SettingKey.newPerDay.validate(.number(0.5))
        }
        #expect(throws: SettingError.self) { try StudySettings(config: [.newPerDay: .boolean(true)]) }
        #expect(try SettingKey.maximumInterval.validate(.integer(365)) == .integer(365))
    }

    @Test func mistypedKeysAreSuggested() {
        #expect(SettingKey.suggestion(for: "new_per_day") == .newPerDay)
        #expect(SettingKey.suggestion(for: "retention") == .desiredRetention)
        #expect(SettingKey.suggestion(for: "colour") == nil)
    }
}
