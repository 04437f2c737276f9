namespace CareerCms.Plugin.DeliveryApi.Output;

/// <summary>A career's path counts as the Delivery API outputs them.</summary>
/// <param name="TransitionPathCount">Published paths leading to the career.</param>
/// <param name="TransitionPathCountByDifficulty">Those paths per editor difficulty.</param>
/// <param name="OutgoingPathCount">Counted paths starting from the career.</param>
public sealed record CareerPathCountsOutput(int TransitionPathCount, DifficultyCountsOutput TransitionPathCountByDifficulty, int OutgoingPathCount);

/// <summary>Paths per difficulty (paths without a difficulty count in the total only).</summary>
public sealed record DifficultyCountsOutput(int Easy, int Moderate, int Hard);
