using CareerCms.Plugin.Careers;

namespace CareerCms.Plugin.Tests.Support;

/// <summary>
/// A small content tree (two folders, four careers, six paths) with publish state, a recycle bin and deletes, for
/// property tests of branch changes. <see cref="ProjectTo"/> shows a reader what a real one would see: routable
/// documents only, paths only under published careers.
/// </summary>
internal sealed class TreeWorld
{
    public const int Size = 12;

    private static readonly string?[] Industries = ["AI", "Software", null];
    private readonly Node[] _nodes;

    public TreeWorld()
    {
        _nodes = new Node[Size];
        for (var i = 0; i < Size; i++)
        {
            var kind = i < 2 ? Kind.Folder : i < 6 ? Kind.Career : Kind.Path;
            _nodes[i] = new Node(KeyOf(i), kind)
            {
                Parent = kind switch
                {
                    Kind.Folder => i == 1 ? KeyOf(0) : null,
                    Kind.Career => KeyOf(i % 2),
                    _ => KeyOf(2 + (i % 4)),
                },
                Published = true,
                Industry = Industries[i % 3],
                From = kind == Kind.Path ? KeyOf(2 + ((i + 1) % 4)) : null,
                Difficulty = (TransitionDifficulty)(i % 3),
            };
        }
    }

    private enum Kind
    {
        Folder,
        Career,
        Path,
    }

    /// <summary>Applies one operation; returns the keys a cache refresher would name (the changed branch).</summary>
    public IReadOnlyCollection<Guid> Apply(int operation, int index, int target, int variant)
    {
        var node = _nodes[index];
        if (node.Deleted)
        {
            return [node.Key];
        }

        switch (operation)
        {
            case 0: // publish with descendants
                foreach (var item in Branch(node))
                {
                    item.Published = true;
                }

                break;
            case 1:
                node.Published = false;
                break;
            case 2 when MoveTarget(node.Kind, target, out var parent) && !Branch(node).Any(n => n.Key == parent):
                node.Parent = parent;
                break;
            case 3:
                node.Trashed = true;
                break;
            case 4:
                node.Trashed = false;
                break;
            case 5:
                foreach (var item in Branch(node))
                {
                    item.Deleted = true;
                }

                break;
            default: // edit values (a republish of the node alone)
                node.Industry = Industries[variant % 3];
                node.Difficulty = variant == 3 ? null : (TransitionDifficulty)variant;
                node.From = target < Size && _nodes[target].Kind == Kind.Career ? KeyOf(target) : null;
                break;
        }

        return [node.Key];
    }

    /// <summary>Shows the routable careers and paths to the reader.</summary>
    public void ProjectTo(FakeCareerContentReader content)
    {
        content.Careers.Clear();
        content.Paths.Clear();
        content.Parents.Clear();
        foreach (var node in _nodes.Where(Routable))
        {
            if (node.Parent is { } parent && node.Kind != Kind.Path)
            {
                content.Parents[node.Key] = parent;
            }

            if (node.Kind == Kind.Career)
            {
                content.AddCareer("Career", node.Industry, node.Key);
            }
        }

        foreach (var node in _nodes.Where(n => n.Kind == Kind.Path && Routable(n)))
        {
            content.AddPath(node.Parent!.Value, node.From, node.Difficulty, node.Key);
        }
    }

    /// <summary>Counts from scratch, straight from the tree.</summary>
    public PathCountSnapshot Recount() =>
        PathCountCalculator.Calculate(
            _nodes.Where(n => n.Kind == Kind.Career && Routable(n)).Select(n => new PublishedCareer(n.Key, n.Industry)),
            _nodes.Where(n => n.Kind == Kind.Path && Routable(n)).Select(n => new PublishedTransitionPath(n.Key, n.Parent!.Value, n.From, n.Difficulty)));

    private static Guid KeyOf(int index) => new(index + 1, 0, 0, new byte[8]);

    /// <summary>Where a node of this kind may move: folders and careers under a folder or the root (Size), paths under a career.</summary>
    private bool MoveTarget(Kind kind, int target, out Guid? parent)
    {
        parent = null;
        if (target == Size)
        {
            return kind != Kind.Path;
        }

        var candidate = _nodes[target];
        parent = candidate.Key;
        return !candidate.Deleted && (kind == Kind.Path ? candidate.Kind == Kind.Career : candidate.Kind == Kind.Folder);
    }

    private IEnumerable<Node> Branch(Node node) =>
        _nodes.Where(n => !n.Deleted && (n == node || Ancestors(n).Any(a => a == node)));

    private IEnumerable<Node> Ancestors(Node node)
    {
        for (var current = node; current.Parent is { } parent;)
        {
            current = _nodes.First(n => n.Key == parent);
            yield return current;
        }
    }

    private bool Routable(Node node) =>
        !node.Deleted && node is { Published: true, Trashed: false } && Ancestors(node).All(a => a is { Published: true, Trashed: false, Deleted: false });

    private sealed class Node(Guid key, Kind kind)
    {
        public Guid Key { get; } = key;

        public Kind Kind { get; } = kind;

        public Guid? Parent { get; set; }

        public bool Published { get; set; }

        public bool Trashed { get; set; }

        public bool Deleted { get; set; }

        public string? Industry { get; set; }

        public Guid? From { get; set; }

        public TransitionDifficulty? Difficulty { get; set; }
    }
}
