using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Events;

/// <summary>
/// CAMEO actor codes on event participants, from a small invented actor dictionary and agents list: the person's
/// dated entry, else the country's code and the role's agent code, else the country alone, else no code.
/// </summary>
public sealed class ParticipantActorCodeTests
{
    // The first file is the countries file: its three-letter default codes are the country codes.
    private const string Countries = """
        OSTRAVIA_  [OST]
        +REPUBLIC_OF_OSTRAVIA_
        +OSTRAVA_CITY_
        VALMORA_  [VAL]
        ANDREY_VALKOV_
        +ANDREY_PETROVICH_VALKOV_
        +VALKOV_
        	[OSTGOV 20150101-20251231]
        	[OSTELI]
        MIRA_SELLEN_
        	[VALOPP 20000101-20101231]
        DORIAN_VALE_
        	[VALGOV >20200101]
        IRIS_KOLDE_  [---]
        """;

    private const string International = """
        LEAGUE_OF_HARBOURS_  [IGOLOH]
        """;

    private const string Agents = """
        !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
        !MINIST!  [~GOV]
        PRESIDENT [~GOV]
        AMBASSADOR [~GOV]
        DEPUTY [~COP]
        DEFENCE_!MINIST! [~GOVMIL]
        GENERAL_STAFF [~MIL]
        ADMIRAL [~MIL]
        """;

    private static readonly ParticipantActorCode Coder = new(
        ActorDictionary.Parse(new StringReader(Countries), new StringReader(International)), AgentNouns.Parse(new StringReader(Agents)));

    private static readonly DateOnly InOffice = new(2023, 2, 16);

    private static Participant Person(string name, string? role, string? country) => new($"person:{name}", name, role, country);

    [Fact]
    public void A_minister_in_office_has_the_dictionary_code_of_that_date()
    {
        var coded = Coder.Code(Person("Andrey Valkov", "Foreign Minister", "Ostravia"), InOffice);
        Assert.Equal(("OSTGOV", "OST", ActorCodeSource.Dictionary), (coded.ActorCode, coded.ActorCountryCode, coded.ActorCodeSource));
    }

    [Fact]
    public void Out_of_office_the_dictionary_gives_the_entry_default() =>
        Assert.Equal("OSTELI", Coder.Code(Person("Andrey Valkov", null, "Ostravia"), new DateOnly(2030, 1, 1)).ActorCode);

    [Theory]
    [InlineData("Andrey Petrovich Valkov")] // a phrase of the dictionary
    [InlineData("Andrey P. Valkov")]        // first and last name
    [InlineData("Ándrey Valkov")]           // accents folded
    public void Name_variants_are_resolved_as_the_dictionary_writes_them(string name) =>
        Assert.Equal("OSTGOV", Coder.Code(Person(name, "Foreign Minister", "Ostravia"), InOffice).ActorCode);

    [Fact]
    public void A_surname_alone_names_only_someone_of_the_same_country()
    {
        Assert.Equal("OSTGOV", Coder.Code(Person("Nikolai Valkov", null, "Ostravia"), InOffice).ActorCode);
        Assert.Equal(("VAL", ActorCodeSource.Country), Code(Coder.Code(Person("Nikolai Valkov", null, "Valmora"), InOffice)));
        Assert.Null(Coder.Code(Person("Nikolai Valkov", null, null), InOffice).ActorCode);
    }

    [Fact]
    public void A_dictionary_person_of_another_country_than_the_text_gives_is_not_taken() =>
        Assert.Equal(("VALGOV", ActorCodeSource.CountryAndRole), Code(Coder.Code(Person("Andrey Valkov", "Minister", "Valmora"), InOffice)));

    [Theory]
    [InlineData("Foreign Minister", "OSTGOV")]
    [InlineData("Ambassador", "OSTGOV")]
    [InlineData("President", "OSTGOV")]
    [InlineData("Deputy Defence Minister", "OSTGOVMIL")] // the longest agent phrase wins over "Deputy" (police)
    [InlineData("Admiral", "OSTMIL")]
    public void A_person_without_an_entry_has_the_country_and_role_code(string role, string code)
    {
        var coded = Coder.Code(Person("Lena Orsk", role, "Republic of Ostravia"), InOffice);
        Assert.Equal((code, "OST", ActorCodeSource.CountryAndRole), (coded.ActorCode, coded.ActorCountryCode, coded.ActorCodeSource));
    }

    [Theory]
    [InlineData("Trade Envoy Extraordinary")]
    [InlineData(null)]
    public void An_unknown_role_leaves_the_country_code_alone(string? role) =>
        Assert.Equal(("OST", ActorCodeSource.Country), Code(Coder.Code(Person("Lena Orsk", role, "Ostravia"), InOffice)));

    [Theory]
    [InlineData("Ostravia City")]  // only its first word is a phrase: a country name must match whole
    [InlineData("Karvonia")]       // not in the dictionary
    [InlineData(null)]
    public void Without_a_known_country_there_is_no_code(string? country)
    {
        var coded = Coder.Code(Person("Lena Orsk", "Foreign Minister", country), InOffice);
        Assert.Equal((null, null, null), (coded.ActorCode, coded.ActorCountryCode, coded.ActorCodeSource));
    }

    [Fact]
    public void An_unplaced_or_out_of_date_entry_is_no_code()
    {
        Assert.Null(Coder.Code(Person("Iris Kolde", null, null), InOffice).ActorCode);
        Assert.Equal(("VALGOV", ActorCodeSource.CountryAndRole), Code(Coder.Code(Person("Mira Sellen", "President", "Valmora"), InOffice)));
    }

    [Fact]
    public void Undated_the_text_role_gives_the_type_and_the_dictionary_the_country()
    {
        Assert.Equal(("OSTGOV", ActorCodeSource.CountryAndRole), Code(Coder.Code(Person("Andrey Valkov", "Minister", null), null)));
        Assert.Equal(("OSTELI", ActorCodeSource.Dictionary), Code(Coder.Code(Person("Andrey Valkov", null, null), null)));
    }

    [Fact]
    public void A_non_state_dictionary_actor_has_no_country_code()
    {
        var coded = Coder.Code(Person("League of Harbours", null, null), InOffice);
        Assert.Equal(("IGOLOH", null), (coded.ActorCode, coded.ActorCountryCode));
        Assert.Equal("IGO", CameoActorFields.Type1(coded.ActorCode, coded.ActorCountryCode));
    }

    [Theory]
    [InlineData("OSTGOV", "OST", "GOV")]
    [InlineData("OSTGOVMIL", "OST", "GOV")]
    [InlineData("OST", "OST", "")]
    [InlineData(null, null, "")]
    public void Type1_is_the_segment_after_the_country(string? code, string? country, string type) =>
        Assert.Equal(type, CameoActorFields.Type1(code, country));

    [Theory]
    [InlineData("010", 1)]
    [InlineData("041", 1)]
    [InlineData("057", 1)]
    [InlineData("061", 2)]
    [InlineData("0874", 2)]
    [InlineData("093", 2)]
    [InlineData("100", 3)]
    [InlineData("112", 3)]
    [InlineData("145", 3)]
    [InlineData("150", 4)]
    [InlineData("190", 4)]
    [InlineData("204", 4)]
    public void QuadClass_follows_GDELTs_root_mapping(string cameo, int quad) => Assert.Equal(quad, CameoActorFields.QuadClass(cameo));

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("000")]
    [InlineData("21")]
    [InlineData("--")]
    public void A_code_without_a_CAMEO_root_has_no_QuadClass(string cameo) => Assert.Null(CameoActorFields.QuadClass(cameo));

    private static (string? Code, ActorCodeSource? Source) Code(Participant p) => (p.ActorCode, p.ActorCodeSource);
}
