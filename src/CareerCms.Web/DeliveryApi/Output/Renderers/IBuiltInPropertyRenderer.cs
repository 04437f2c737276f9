namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>Marks the renderers that ship with CareerCms, so host and plugin renderers are asked before them.</summary>
internal interface IBuiltInPropertyRenderer : IDeliveryApiPropertyRenderer;
