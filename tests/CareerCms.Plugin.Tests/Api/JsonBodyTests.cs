using System.Text;
using CareerCms.Plugin.Api;
using CareerCms.Plugin.Api.Matching;
using Microsoft.AspNetCore.Http;

namespace CareerCms.Plugin.Tests.Api;

public sealed class JsonBodyTests
{
    [Fact]
    public async Task ReadAsync_SmallJson_Deserializes()
    {
        var (value, status) = await ReadAsync("""{"skills":[{"skill":"python","level":4}],"take":2}""");

        Assert.Equal(JsonBodyStatus.Success, status);
        Assert.Equal(("python", 4, 2), (value!.Skills![0].Skill, value.Skills[0].Level, value.Take));
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthAboveLimit_IsTooLargeWithoutReading()
    {
        var (_, status) = await ReadAsync("{}", declaredLength: 100_000);

        Assert.Equal(JsonBodyStatus.TooLarge, status);
    }

    [Fact]
    public async Task ReadAsync_UndeclaredBodyAboveLimit_IsTooLarge()
    {
        var (_, status) = await ReadAsync("{\"skills\":[" + new string(' ', 300) + "]}", declaredLength: null, limit: 256);

        Assert.Equal(JsonBodyStatus.TooLarge, status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("""{"take":"two"}""")]
    public async Task ReadAsync_EmptyOrMalformed_IsMalformed(string body) =>
        Assert.Equal(JsonBodyStatus.Malformed, (await ReadAsync(body)).Status);

    [Fact]
    public async Task ReadAsync_NotJsonContentType_IsWrongContentType() =>
        Assert.Equal(JsonBodyStatus.WrongContentType, (await ReadAsync("{}", contentType: "text/plain")).Status);

    private static Task<(CareerMatchRequest? Value, JsonBodyStatus Status)> ReadAsync(
        string body, long? declaredLength = -1, int limit = 16384, string contentType = "application/json; charset=utf-8")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentType = contentType;
        context.Request.ContentLength = declaredLength == -1 ? bytes.Length : declaredLength;
        return JsonBody.ReadAsync<CareerMatchRequest>(context.Request, limit, CancellationToken.None);
    }
}
