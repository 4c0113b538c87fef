extension Lexicon {
    /// Common given names (English and other European, plus frequent ones from elsewhere): two or three
    /// capitalized words that open on one are most often a person's name ("Ada Lovelace", "Carlo Levi").
    /// Names that are as often places or ordinary words (Victoria, Georgia, Jordan, May, Will) are left out.
    static let givenNames: Set<String> = [
        "aaron", "abraham", "ada", "adam", "adolf", "adrian", "agnes", "ahmed", "alan", "albert", "alberto", "alejandro",
        "alex", "alexander", "alexandra", "alfred", "ali", "alice", "alison", "allen", "amanda", "amy", "andrea",
        "andreas", "andrew", "andy", "angela", "ann", "anna", "anne", "anthony", "antoine", "anton", "antonio",
        "arnold", "arthur", "barbara", "barry", "beatrice", "ben", "benedict", "benjamin", "bernard", "betty",
        "bill", "billy", "bob", "bobby", "brandon", "brian", "bruce", "bruno", "carl", "carlo", "carlos", "carol",
        "caroline", "catherine", "cecil", "charles", "charlie", "chris", "christian", "christina", "christine",
        "christopher", "claire", "clara", "claude", "colin", "craig", "cynthia", "daniel", "danny", "dave", "david",
        "deborah", "dennis", "derek", "diana", "diane", "dick", "dmitri", "donald", "doris", "dorothy", "douglas",
        "duncan", "earl", "eddie", "edgar", "edith", "edmund", "edward", "edwin", "eleanor", "elena", "elizabeth",
        "ellen", "emil", "emily", "emma", "eric", "erich", "ernest", "ernst", "eugene", "evelyn", "felix",
        "ferdinand", "fernando", "francesco", "francis", "francisco", "frank", "franz", "fred", "frederick",
        "friedrich", "gabriel", "gary", "geoffrey", "george", "georg", "gerald", "gerhard", "giovanni", "giuseppe",
        "gordon", "graham", "gregory", "gustav", "hans", "harold", "harriet", "harry", "heinrich", "helen", "helmut",
        "henri", "henry", "herbert", "hermann", "howard", "hugh", "hugo", "ian", "igor", "isaac", "ivan", "jack",
        "jacob", "jacques", "james", "jamie", "jan", "jane", "janet", "jason", "javier", "jean", "jeff", "jeffrey",
        "jennifer", "jeremy", "jerry", "jessica", "jim", "jimmy", "joan", "joe", "johann", "johannes", "john",
        "johnny", "jon", "jonathan", "jorge", "jose", "josé", "joseph", "joshua", "juan", "judith", "julia", "julian",
        "julie", "julius", "karen", "karl", "kate", "katherine", "keith", "kenneth", "kevin", "klaus", "konstantin",
        "larry", "laura", "lawrence", "leo", "leon", "leonard", "leonardo", "linda", "lisa", "louis", "louise",
        "lucy", "ludwig", "luis", "luke", "malcolm", "manuel", "marco", "margaret", "maria", "marie", "mario",
        "mark", "martha", "martin", "mary", "matthew", "maurice", "max", "michael", "michel", "michelle", "miguel",
        "mike", "mikhail", "muhammad", "nancy", "neil", "nicholas", "nick", "nicolas", "nikolai", "noel", "norman",
        "oliver", "oscar", "otto", "pablo", "pamela", "patricia", "patrick", "paul", "pedro", "peter", "peyton",
        "philip", "philippe", "pierre", "rachel", "ralph", "randy", "raymond", "rebecca", "richard", "rick", "robert",
        "roberto", "robin", "roger", "ronald", "ruth", "ryan", "sam", "samuel", "sandra", "sarah", "scott", "sean",
        "sergei", "sharon", "simon", "stanley", "stefan", "stephen", "steve", "steven", "susan", "terry", "theodore",
        "thomas", "tim", "timothy", "tom", "tony", "vincent", "vladimir", "walter", "wayne", "werner", "wilhelm",
        "william", "wolfgang", "yuri",
    ]
}
