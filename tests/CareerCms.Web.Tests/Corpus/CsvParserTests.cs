using CareerCms.Web.Corpus;

namespace CareerCms.Web.Tests.Corpus;

public sealed class CsvParserTests
{
    [Fact]
    public void Parse_QuotedFieldsWithCommasQuotesAndNewlines_AreOneFieldEach()
    {
        var records = CsvParser.Parse("a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",\r\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b, c", "say \"hi\""], records[0]);
        Assert.Equal(["1", "two\nlines", ""], records[1]);
    }

    [Fact]
    public void Parse_BomBlankLinesAndMissingFinalNewline_AreHandled()
    {
        var records = CsvParser.Parse("\uFEFFh1,h2\n\nx,\"\"\ny,z");

        Assert.Equal([["h1", "h2"], ["x", ""], ["y", "z"]], records);
    }

    [Theory]
    [InlineData("a,\"open")]
    [InlineData("a,\"closed\"junk,b")]
    public void Parse_MalformedQuotes_Throws(string text) =>
        Assert.Throws<FormatException>(() => CsvParser.Parse(text));

    [Fact]
    public void ParseWithHeader_MapsColumnsAndPadsShortRecords()
    {
        var rows = CsvParser.ParseWithHeader("id,name,sector\n1,\"metal, drawing\"\n");

        var row = Assert.Single(rows);
        Assert.Equal("1", row["id"]);
        Assert.Equal("metal, drawing", row["name"]);
        Assert.Equal("", row["sector"]);
    }

    [Fact]
    public void ParseWithHeader_RecordLongerThanHeader_Throws() =>
        Assert.Throws<FormatException>(() => CsvParser.ParseWithHeader("a,b\n1,2,3\n"));
}
