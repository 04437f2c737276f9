using Microsoft.AspNetCore.Mvc;

namespace CareerCms.Web.DeliveryApi.Endpoints;

/// <summary>
/// The request headers of every content endpoint, declared so the OpenAPI document lists them; their values are
/// read by the request context factory.
/// </summary>
public readonly record struct DeliveryApiHeaders(
    [property: FromHeader(Name = "Accept-Language")] string? AcceptLanguage,
    [property: FromHeader(Name = "Accept-Segment")] string? AcceptSegment,
    [property: FromHeader(Name = "Api-Key")] string? ApiKey,
    [property: FromHeader(Name = "Preview")] string? Preview,
    [property: FromHeader(Name = "Start-Item")] string? StartItem);
