using Readout.Annotation.Actors;

namespace Readout.Tests.Annotation;

/// <summary>The converter reads CountryInfo's Leaders and Government sections into dated offices (invented country).</summary>
public sealed class CountryInfoReaderTests
{
    private const string Sample = """
        <Country>
        <CountryName>OSTRAVIA</CountryName>
        <Leaders>
        	<Prime ministers>
        		{DMITRI_VALKOV_}{DMITRY_VALKOFF_}			[20100301 - 20140630]  [B:19520101]
        		IRENA_SOKOLOVA_					[>20140701]
        	</Prime ministers>
        </Leaders>
        <Government>
        	PAVEL_VALKOV_	[OSTGOV 20050101 - 20080631]	# Minister of Culture
        	ANTON_VALKOV_	[OSTGOV <20040331][OSTGOVMED >20050101]	# Minister of A & Minister of B
        </Government>
        </Country>
        """;

    [Fact]
    public void Leaders_and_ministers_become_dated_offices()
    {
        var actors = CountryInfoReader.Read(new StringReader(Sample)).ToList();
        Assert.Equal(3, actors.Count);

        var valkov = actors[0];
        Assert.Equal(["Dmitri Valkov", "Dmitry Valkoff"], valkov.Names);
        Assert.Equal(new ActorTenure("Dmitri Valkov", "Prime Minister", "Ostravia", new DateOnly(2010, 3, 1), new DateOnly(2014, 6, 30)), valkov.Tenure);

        // An open tenure ends when the source last vouched for it.
        Assert.Equal(CountryInfoReader.LeadersAsOf, actors[1].Tenure.To);

        // "20080631" does not exist: clamped to the month's end.
        Assert.Equal(new ActorTenure("Pavel Valkov", "Minister of Culture", "Ostravia", new DateOnly(2005, 1, 1), new DateOnly(2008, 6, 30)), actors[2].Tenure);
    }
}
