using CareerCms.Plugin.Ports;
using CsCheck;

namespace CareerCms.Plugin.Tests.Ports;

/// <summary>
/// A snapshot patched with the refreshed branches (<see cref="CareerContentSnapshot.WithBranches"/>) reads the same as
/// one built from scratch, whatever was edited, moved, unpublished or deleted in those branches.
/// </summary>
public sealed class CareerContentSnapshotBranchProperties
{
    private const int Folders = 2;
    private const int Careers = 4;
    private const int Paths = 6;
    private const int Size = Folders + Careers + Paths;

    private static readonly Gen<(int Operation, int Node, int Target, int Variant)> Step =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, Size - 1], Gen.Int[0, Size - 1], Gen.Int[0, 2]);

    [Fact]
    public void WithBranches_AfterAnyChangesToTheBranches_ReadsAsABuildFromScratch() =>
        Step.Array[1, 30].Sample(steps =>
        {
            var tree = new Tree();
            var snapshot = CareerContentSnapshot.Build(tree.Items());
            foreach (var (operation, node, target, variant) in steps)
            {
                var changed = tree.Apply(operation, node, target, variant);
                var current = tree.Items().ToList();
                var under = current.Where(i => changed.Contains(i.Key) || i.AncestorKeys!.Any(changed.Contains)).ToList();

                snapshot = snapshot.WithBranches(changed, under) ?? CareerContentSnapshot.Build(current, snapshot);

                Assert.Equal(Describe(CareerContentSnapshot.Build(current)), Describe(snapshot));
            }
        }, iter: 500);

    /// <summary>Everything a reader sees, in key order (dictionary order is not part of the contract).</summary>
    private static List<string> Describe(CareerContentSnapshot snapshot)
    {
        var tree = snapshot.GetBranch(null)!;
        List<string> lines =
        [
            .. snapshot.GetCareers().Select(c => $"career {c.Key} {c.Name} {c.Industry} [{string.Join(",", tree.AncestorsOf(c.Key))}]"),
            .. snapshot.GetTransitionPaths().Select(p => $"path {p.Key} {p.TargetCareerKey} {p.FromCareerKey} {p.Difficulty} [{string.Join(",", tree.AncestorsOf(p.Key))}]"),
        ];
        return [.. lines.Order(StringComparer.Ordinal)];
    }

    /// <summary>Folders, careers and paths with a parent each; edits give a document a new version object.</summary>
    private sealed class Tree
    {
        private static readonly string[] Industries = ["AI", "Software", "Health"];
        private readonly Guid[] _keys = [.. Enumerable.Range(1, Size).Select(i => new Guid(i, 0, 0, new byte[8]))];
        private readonly int?[] _parents = new int?[Size];
        private readonly object[] _versions = new object[Size];
        private readonly string[] _values = new string[Size];
        private readonly bool[] _gone = new bool[Size];

        public Tree()
        {
            for (var i = 0; i < Size; i++)
            {
                _parents[i] = i < Folders ? null : i < Folders + Careers ? i % Folders : Folders + (i % Careers);
                _versions[i] = new object();
                _values[i] = Industries[i % 3];
            }
        }

        /// <summary>0 edit, 1 move, 2 unpublish or delete (the branch goes), 3 republish (the branch comes back).</summary>
        public HashSet<Guid> Apply(int operation, int node, int target, int variant)
        {
            switch (operation)
            {
                case 0:
                    _values[node] = Industries[variant];
                    _versions[node] = new object();
                    break;
                case 1 when CanMove(node, target):
                    _parents[node] = target;
                    _versions[node] = new object();
                    break;
                case 2:
                    foreach (var i in Branch(node))
                    {
                        _gone[i] = true;
                    }

                    break;
                case 3:
                    foreach (var i in Branch(node))
                    {
                        _gone[i] = false;
                        _versions[i] = new object();
                    }

                    break;
            }

            return [_keys[node]];
        }

        /// <summary>The routable documents as a reader hands them over (nothing under a gone ancestor).</summary>
        public IEnumerable<CareerContentItem> Items()
        {
            for (var i = 0; i < Size; i++)
            {
                var ancestors = Ancestors(i).ToList();
                if (_gone[i] || ancestors.Any(a => _gone[a]))
                {
                    continue;
                }

                var index = i;
                var type = i < Folders ? CareerContentTypes.CareersRoot : i < Folders + Careers ? CareerContentTypes.Career : CareerContentTypes.TransitionPath;
                yield return new CareerContentItem(
                    _keys[i], _parents[i] is { } p ? _keys[p] : null, type, $"Item {i}", $"item-{i}",
                    alias => Value(index, alias), _versions[i], [.. ancestors.Select(a => _keys[a])]);
            }
        }

        private object? Value(int index, string alias) => alias switch
        {
            CareerContentTypes.CareerProperties.Industry => $"[\"{_values[index]}\"]",
            CareerContentTypes.PathProperties.Difficulty => _values[index] == "AI" ? "[\"Easy\"]" : "[\"Hard\"]",
            CareerContentTypes.PathProperties.FromCareer => "umb://document/" + _keys[Folders + (index % Careers)].ToString("N"),
            _ => null,
        };

        private bool CanMove(int node, int target) =>
            node >= Folders && target != node && !Ancestors(target).Contains(node)
            && (node < Folders + Careers ? target < Folders : target is >= Folders and < Folders + Careers);

        private IEnumerable<int> Ancestors(int node)
        {
            for (var current = _parents[node]; current is { } parent; current = _parents[parent])
            {
                yield return parent;
            }
        }

        private IEnumerable<int> Branch(int node) => Enumerable.Range(0, Size).Where(i => i == node || Ancestors(i).Contains(node)).ToList();
    }
}
