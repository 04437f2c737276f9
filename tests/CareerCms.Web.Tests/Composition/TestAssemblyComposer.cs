using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Web.Tests.Composition;

/// <summary>A composer that exists only in the test assembly: the host must find and run it.</summary>
public sealed class TestAssemblyComposer : IComposer
{
    public void Compose(IUmbracoBuilder builder)
    {
        builder.Services.AddSingleton<TestComposerMarker>();
        builder.Services.AddSingleton<NotificationRecorder>();
        builder.AddNotificationHandler<ContentPublishingNotification, BlockedNamePublishingHandler>();
        builder.AddNotificationHandler<ContentPublishedNotification, RecordingPublishedHandler>();
        builder.AddNotificationAsyncHandler<ContentSavedNotification, RecordingSavedAsyncHandler>();
    }
}

/// <summary>Registered by <see cref="TestAssemblyComposer"/>; its presence proves the composer ran.</summary>
public sealed class TestComposerMarker;
