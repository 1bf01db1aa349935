using Readout.Extraction;

namespace Readout.Tests.Extraction;

/// <summary>Date spellings of the languages news sites print in.</summary>
public sealed class DateSpellingTests
{
    [Theory]
    [InlineData("le 7 mai 2020 - 12:38", 2020, 5, 7)]
    [InlineData("jeudi 13 juin 2019", 2019, 6, 13)]
    [InlineData("30 septembre 2018", 2018, 9, 30)]
    [InlineData("13 de junio de 2019", 2019, 6, 13)]
    [InlineData("15 августа 2016, 13:43", 2016, 8, 15)]
    [InlineData("12. Mai 2016", 2016, 5, 12)]
    [InlineData("26 Mai, 2008 |", 2008, 5, 26)]
    [InlineData("2019/06/13", 2019, 6, 13)]
    [InlineData("2023.11.02. 20:06", 2023, 11, 2)]
    [InlineData("06/13/2019", 2019, 6, 13)]
    [InlineData("21 maggio 2020", 2020, 5, 21)]
    [InlineData("3 maart 2021", 2021, 3, 3)]
    [InlineData("5 października 2021", 2021, 10, 5)]
    [InlineData("12. května 2020", 2020, 5, 12)]
    [InlineData("5. 1. 2021", 2021, 1, 5)]
    [InlineData("14 Şubat 2022 Pazartesi", 2022, 2, 14)]
    [InlineData("den 3 augusti 2021", 2021, 8, 3)]
    [InlineData("7. marts 2019", 2019, 3, 7)]
    [InlineData("24. desember 2020", 2020, 12, 24)]
    [InlineData("5. tammikuuta 2021", 2021, 1, 5)]
    [InlineData("2021. március 15.", 2021, 3, 15)]
    [InlineData("9 Μαΐου 2018", 2018, 5, 9)]
    public void Finds_the_date(string text, int year, int month, int day)
    {
        Assert.True(DateParsing.TryFind(text, out var date, out _, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("Party, 30.10.23", 2023, 10, 30)]
    [InlineData("28.01.22", 2022, 1, 28)]
    public void Two_digit_years_only_in_date_labels(string text, int year, int month, int day)
    {
        Assert.False(DateParsing.TryFind(text, out _, out _, out _));
        Assert.True(DateParsing.TryFindInLabel(text, out var date, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void Version_numbers_are_not_dates()
    {
        Assert.False(DateParsing.TryFindInLabel("version 1.2.3.4", out _, out _));
    }

    [Theory]
    [InlineData("3 days ago", 2024, 3, 7)]
    [InlineData("vor 2 Tagen", 2024, 3, 8)]
    [InlineData("il y a 4 jours", 2024, 3, 6)]
    [InlineData("hace 1 día", 2024, 3, 9)]
    [InlineData("Gestern, 18:04", 2024, 3, 9)]
    public void Relative_date_lines_count_back_from_the_capture_date(string text, int year, int month, int day)
    {
        Assert.True(DateParsing.TryParseRelative(text, new DateOnly(2024, 3, 10), out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("5 hours ago")]
    [InlineData("The minister said three days ago that yesterday's talks failed")]
    [InlineData("Gesternacht")]
    public void Hours_and_prose_are_not_relative_date_lines(string text)
    {
        Assert.False(DateParsing.TryParseRelative(text, new DateOnly(2024, 3, 10), out _));
    }
}
