using CareerCms.Plugin.Composing;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Web.Careers;

/// <summary>Plugs the host's implementations of the CareerCms plugin's ports in, after the plugin registered itself.</summary>
[ComposeAfter(typeof(CareerCmsComposer))]
public sealed class CareerCmsHostComposer : IComposer
{
    /// <inheritdoc />
    public void Compose(IUmbracoBuilder builder) => builder.AddCareerCmsHost();
}
