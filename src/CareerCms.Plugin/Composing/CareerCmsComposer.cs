using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace CareerCms.Plugin.Composing;

/// <summary>Umbraco finds this composer by type scanning and registers the CareerCms package.</summary>
public sealed class CareerCmsComposer : IComposer
{
    /// <inheritdoc />
    public void Compose(IUmbracoBuilder builder) => builder.AddCareerCms();
}
