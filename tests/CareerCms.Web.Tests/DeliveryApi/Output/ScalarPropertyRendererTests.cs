using CareerCms.Web.Tests.DeliveryApi.Output.Support;

namespace CareerCms.Web.Tests.DeliveryApi.Output;

/// <summary>The editors whose output is a scalar or a list of strings, with values stored as the starter files store them.</summary>
public class ScalarPropertyRendererTests
{
    [Theory]
    [InlineData("summary", "Designs software.", "\"Designs software.\"")]
    [InlineData("summary", "", "null")]
    [InlineData("summary", "   ", "null")]
    [InlineData("summary", null, "null")]
    [InlineData("notes", "Line one\nLine two", "\"Line one\\nLine two\"")]
    [InlineData("contactEmail", "jobs@example.com", "\"jobs@example.com\"")]
    public void Text_RendersStringOrNull(string alias, string? raw, string expected) => Check(alias, raw, expected);

    [Theory]
    [InlineData("25", "25")]
    [InlineData("0", "0")]
    [InlineData("-3", "-3")]
    [InlineData("4.0", "4")]
    [InlineData("", "null")]
    public void Integer_RendersJsonInteger(string raw, string expected) => Check("growthRate", raw, expected);

    [Theory]
    [InlineData("4.5", "4.5")]
    [InlineData("12", "12")]
    [InlineData("", "null")]
    public void Decimal_RendersJsonNumber(string raw, string expected) => Check("averageRating", raw, expected);

    [Theory]
    [InlineData("1", "true")]
    [InlineData("0", "false")]
    [InlineData("true", "true")]
    [InlineData("False", "false")]
    [InlineData(null, "null")]
    public void TrueFalse_RendersBooleanOrNullWhenNeverSaved(string? raw, string expected) => Check("remoteFriendly", raw, expected);

    [Theory]
    [InlineData("""["python","cloud"]""", """["python","cloud"]""")]
    [InlineData("[]", "[]")]
    [InlineData("python, cloud", """["python","cloud"]""")]
    [InlineData("", "null")]
    public void Tags_RendersStringArray(string raw, string expected) => Check("keywords", raw, expected);

    [Theory]
    [InlineData("""["Mid"]""", "\"Mid\"")]
    [InlineData("[]", "\"\"")]
    [InlineData("Senior", "\"Senior\"")]
    [InlineData("", "null")]
    public void DropDown_WhenSingle_RendersStringOrEmptyString(string raw, string expected) => Check("experienceLevel", raw, expected);

    [Theory]
    [InlineData("""["Remote","Hybrid"]""", """["Remote","Hybrid"]""")]
    [InlineData("[]", "[]")]
    public void DropDown_WhenMultiple_RendersArray(string raw, string expected) => Check("workModes", raw, expected);

    [Theory]
    [InlineData("""["Pension","Bonus"]""", """["Pension","Bonus"]""")]
    [InlineData("""["Gym"]""", """["Gym"]""")]
    public void CheckBoxList_RendersArray(string raw, string expected) => Check("benefits", raw, expected);

    [Theory]
    [InlineData("Senior", "\"Senior\"")]
    [InlineData("""["Junior"]""", "\"Junior\"")]
    public void RadioButtonList_RendersString(string raw, string expected) => Check("seniority", raw, expected);

    [Theory]
    [InlineData("1996-04-04 00:00:00", "\"1996-04-04T00:00:00Z\"")]
    [InlineData("2025-03-04T09:10:00", "\"2025-03-04T09:10:00Z\"")]
    [InlineData("2025-03-04T09:10:00.5+02:00", "\"2025-03-04T07:10:00.5Z\"")]
    [InlineData("not a date", "null")]
    public void DateTime_RendersUtcIsoString(string raw, string expected) => Check("openedOn", raw, expected);

    [Theory]
    [InlineData("ce7e00", "\"ce7e00\"")]
    [InlineData("""{"value":"ce7e00","label":"Orange"}""", "\"ce7e00\"")]
    public void ColorPicker_WithoutLabels_RendersHexString(string raw, string expected) => Check("brandColor", raw, expected);

    [Fact]
    public void ColorPicker_WithLabels_RendersColorAndLabel() =>
        Check("labelledColor", """{"value":"ce7e00","label":"Orange"}""", """{"color":"ce7e00","label":"Orange"}""");

    [Fact]
    public void Label_WhenIntConfigured_RendersNumber() => Check("externalId", "42", "42");

    [Theory]
    [InlineData("umb://member/c337f547a34b46e6abeab9a468480ce3", "\"(unsupported)\"")]
    [InlineData("", "null")]
    public void MemberPicker_NeverOutputsTheMember(string raw, string expected) => Check("accountManager", raw, expected);

    [Fact]
    public void UnknownEditor_RendersRawStringAndIsReported()
    {
        using var site = new OutputTestSite();

        JsonAssert.Equal("\"4 stars\"", site.RenderCareerProperty("rating", "4 stars"));
        Assert.Contains("Acme.StarRating", site.Registry.UnhandledEditorsSeen);
    }

    private static void Check(string alias, string? raw, string expectedJson)
    {
        using var site = new OutputTestSite();
        JsonAssert.Equal(expectedJson, site.RenderCareerProperty(alias, raw));
    }
}
