using System.Diagnostics;
using System.Text.Json;
using CareerCms.Web.Content.Editors;
using CareerCms.Web.Corpus;

namespace CareerCms.Web.Tests.Corpus;

[Collection(CorpusCollection.Name)]
public sealed class OccupationCorpusGeneratorTests(CorpusFixture fixture)
{
    private OccupationCorpus Corpus => fixture.Corpus;

    [Fact]
    public void Reader_ReadsEveryFile()
    {
        Assert.Equal(1627, fixture.Data.Occupations.Count);
        Assert.Equal(fixture.Data.Occupations.Count, fixture.Data.Occupations.Select(o => o.Id).Distinct().Count());
        Assert.Equal(54, fixture.Data.Sectors.Count);
        Assert.Equal(5, fixture.Data.CoreSkills.Count);
        Assert.All(fixture.Data.CoreSkills.Values, list => Assert.Equal(100, list.Count));

        // Row 2 has a quoted sector name with commas in it.
        var technician = fixture.Data.Occupations.Single(o => o.Id == 3);
        Assert.Equal("air traffic safety technician", technician.Name);
        Assert.Equal("technicians, construction, transport & security workers", technician.SectorName);
        Assert.Equal("1.4", technician.SubSectorCode);
        Assert.Equal(3, technician.JobZone);
        Assert.Equal(32754.0, technician.AnnualEarningsGbp);
    }

    [Fact]
    public void Corpus_HasOneCareerPerOccupation_TheSkillsAndTwoToThreePathsEach()
    {
        var careers = Corpus.Careers.ToList();
        var paths = Corpus.TransitionPaths.ToList();

        Assert.Equal(1627, careers.Count);
        Assert.Equal(100, Corpus.Skills.Count());
        Assert.Single(Corpus.OfType(CorpusContentTypes.CareersRoot));
        Assert.Single(Corpus.OfType(CorpusContentTypes.SkillsRoot));
        Assert.InRange(paths.Count, 2 * careers.Count, 3 * careers.Count);
        Assert.All(paths.GroupBy(p => p.ParentKey), g => Assert.InRange(g.Count(), 2, 3));
        Assert.Equal(careers.Count, paths.Select(p => p.ParentKey).Distinct().Count());
        Assert.Equal(Corpus.Nodes.Count, Corpus.Nodes.Select(n => n.Key).Distinct().Count());
    }

    [Fact]
    public void Generate_TwiceWithTheSameData_GivesEqualCorpora()
    {
        var again = OccupationCorpusGenerator.Generate(OccupationCorpusReader.Read(fixture.DataFolder));

        Assert.Equal(Corpus.Industries, again.Industries);
        Assert.Equal(Corpus.Nodes.Count, again.Nodes.Count);
        for (var i = 0; i < Corpus.Nodes.Count; i++)
        {
            Assert.Equal(Describe(Corpus.Nodes[i]), Describe(again.Nodes[i]));
        }
    }

    [Fact]
    public void Generate_AnotherSeed_KeepsCareerKeysButChangesChoices()
    {
        var other = OccupationCorpusGenerator.Generate(fixture.Data, new OccupationCorpusOptions { Seed = 7 });

        Assert.Equal(Corpus.Careers.Select(c => c.Key).Order(), other.Careers.Select(c => c.Key).Order());
        Assert.NotEqual(
            Corpus.Careers.Select(c => c.Value("requiredSkills")),
            other.Careers.Select(c => c.Value("requiredSkills")));
    }

    [Fact]
    public void ReadAndGenerate_TakesUnderTwoSeconds()
    {
        // Best of three, so a busy test machine's scheduling does not fail it; one run takes about 0.5 s.
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3 && best >= TimeSpan.FromSeconds(2); i++)
        {
            var watch = Stopwatch.StartNew();
            OccupationCorpusGenerator.Generate(OccupationCorpusReader.Read(fixture.DataFolder));
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        Assert.True(best < TimeSpan.FromSeconds(2), $"Reading and generating took {best}.");
    }

    [Fact]
    public void Keys_AreNameBasedUuidV5_DistinctFromTheStarterContent()
    {
        // uuid.uuid5(uuid.NAMESPACE_URL, "careercms-corpus:careers-root") in Python.
        Assert.Equal(Guid.Parse("fd9f25be-55b1-5c34-a427-bbf30c7bfa9c"), CorpusKeys.CareersRoot);
        Assert.Equal(Guid.Parse("50926c50-85fc-5d9e-a11d-5240e4dfbf13"), CorpusKeys.Career(1));
        Assert.Equal(Guid.Parse("886313e1-3b8a-5372-9b90-0c9aee199e5d"), CorpusKeys.NameBasedV5(Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));

        var starterKeys = Directory.GetFiles(Path.Combine(fixture.StarterFolder, "Content"), "*.config")
            .Select(f => System.Xml.Linq.XElement.Load(f).Attribute("Key")!.Value)
            .Select(Guid.Parse)
            .ToHashSet();
        Assert.Contains(CorpusContentTypes.StarterCareersRootKey, starterKeys);
        Assert.DoesNotContain(Corpus.Nodes, n => starterKeys.Contains(n.Key));
        Assert.Equal("Careers", Corpus.CareersRoot.Name);
        Assert.Equal("Skills", Corpus.SkillsRoot.Name);
    }

    [Fact]
    public void EveryValue_IsValidForItsDataType()
    {
        var problems = new List<string>();
        foreach (var node in Corpus.Nodes)
        {
            var type = fixture.ContentTypes[node.ContentTypeAlias];
            foreach (var alias in node.Values.Keys.Where(a => type.Properties.All(p => p.Alias != a)))
            {
                problems.Add($"{node.Name}: unknown property {alias}");
            }

            foreach (var property in type.Properties)
            {
                Assert.True(node.Values.ContainsKey(property.Alias), $"{node.Name} lacks {property.Alias}");
                var value = node.Values[property.Alias];
                if (string.IsNullOrEmpty(value))
                {
                    if (property.Mandatory)
                    {
                        problems.Add($"{node.Name}: {property.Alias} is mandatory");
                    }

                    continue;
                }

                var config = ConfigFor(property.DataTypeKey);
                if (property.EditorAlias == EditorCatalog.BlockList)
                {
                    problems.AddRange(CheckBlocks(node, property.Alias, value, config));
                }
                else if (EditorValueRules.Check(property.EditorAlias, config, value) is { } error)
                {
                    problems.Add($"{node.Name}: {property.Alias} = {value}: {error}");
                }
            }
        }

        Assert.Empty(problems.Take(20));
    }

    [Fact]
    public void Careers_HaveTheDocumentedFacts()
    {
        var occupations = fixture.Data.Occupations.ToDictionary(o => CorpusKeys.Career(o.Id));
        var levels = new Dictionary<int, string> { [1] = "Entry", [2] = "Entry", [3] = "Mid", [4] = "Mid-Senior", [5] = "Senior" };
        foreach (var career in Corpus.Careers)
        {
            var occupation = occupations[career.Key];
            var min = int.Parse(career.Value("salaryMin")!, System.Globalization.CultureInfo.InvariantCulture);
            var max = int.Parse(career.Value("salaryMax")!, System.Globalization.CultureInfo.InvariantCulture);
            var usd = occupation.AnnualEarningsGbp!.Value * OccupationCorpusOptions.DefaultGbpToUsd;
            Assert.True(min <= max, career.Name);
            Assert.Equal(0, min % 1000);
            Assert.Equal(0, max % 1000);
            Assert.InRange(min, (usd * 0.85) - 500, (usd * 0.85) + 500);
            Assert.InRange(max, (usd * 1.15) - 500, (usd * 1.15) + 500);
            Assert.Equal("[\"USD\"]", career.Value("salaryCurrency"));
            Assert.InRange(int.Parse(career.Value("growthRate")!, System.Globalization.CultureInfo.InvariantCulture), 0, 60);
            var jobZone = occupation.JobZone ?? 3;
            Assert.Equal(jobZone.ToString(System.Globalization.CultureInfo.InvariantCulture), career.Value("jobZone"));
            Assert.Equal($"[\"{levels[jobZone]}\"]", career.Value("experienceLevel"));
            Assert.Equal($"[\"{OccupationCorpusGenerator.IndustryFor(occupation.SectorCode, occupation.SectorName)}\"]", career.Value("industry"));
            Assert.StartsWith("{\"markup\":\"<p>", career.Value("description"), StringComparison.Ordinal);
            Assert.EndsWith("</p>\",\"blocks\":null}", career.Value("description"), StringComparison.Ordinal);
        }

        Assert.Equal("Metal Drawing Machine Operator", Corpus.Nodes.Single(n => n.Key == CorpusKeys.Career(1)).Name);
    }

    [Fact]
    public void Industries_AreExactlyTheIndustriesCareersUse()
    {
        var used = Corpus.Careers.Select(c => JsonSerializer.Deserialize<string[]>(c.Value("industry")!)!.Single()).ToHashSet();

        Assert.Equal(14, Corpus.Industries.Count);
        Assert.Equal(used.Order(), Corpus.Industries.Order());
        Assert.Equal(Corpus.Industries.Count, Corpus.Industries.Distinct().Count());
    }

    [Fact]
    public void SiblingNames_AreUnique()
    {
        foreach (var siblings in Corpus.Nodes.GroupBy(n => n.ParentKey))
        {
            var names = siblings.Select(n => n.Name).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Equal(names.Count, names.Select(CorpusText.NameKey).Distinct().Count());
            Assert.Equal(names.Count, siblings.Select(n => n.SortOrder).Distinct().Count());
        }
    }

    [Fact]
    public void TransitionPaths_NeverStartFromTheirOwnCareer_AndAreConsistent()
    {
        foreach (var path in Corpus.TransitionPaths)
        {
            var target = fixture.NodesByKey[path.ParentKey!.Value];
            var from = fixture.NodesByKey[Assert.Single(EditorValueRules.DocumentKeys(path.Value("fromCareer")))];

            Assert.Equal(CorpusContentTypes.Career, target.ContentTypeAlias);
            Assert.Equal(CorpusContentTypes.Career, from.ContentTypeAlias);
            Assert.NotEqual(target.Key, from.Key);
            Assert.Equal($"{from.Name} to {target.Name}", path.Name);
            Assert.StartsWith($"From {from.Name} to {target.Name}: ", path.Value("headline"), StringComparison.Ordinal);
            Assert.True(Int(path, "durationMinMonths") <= Int(path, "durationMaxMonths"), path.Name);
            Assert.InRange(Int(path, "durationMinMonths"), 1, 120);
            Assert.True(Int(path, "salaryChangeMinPercent") <= Int(path, "salaryChangeMaxPercent"), path.Name);
            Assert.InRange(Int(path, "engagementBaseline"), 0, 300);
            Assert.Null(path.Value("roadmap"));
            Assert.NotNull(path.Value("narrative"));
            Assert.NotNull(path.Value("advice"));
        }

        foreach (var paths in Corpus.TransitionPaths.GroupBy(p => p.ParentKey))
        {
            Assert.Equal(paths.Count(), paths.Select(p => p.Value("fromCareer")).Distinct().Count());
        }
    }

    [Fact]
    public void TransitionPaths_MostlyComeFromTheSameSectorAndNearbyJobZones()
    {
        var careers = Corpus.Careers.ToDictionary(c => c.Key);
        var paths = Corpus.TransitionPaths.ToList();
        var near = paths.Count(p =>
        {
            var target = careers[p.ParentKey!.Value];
            var from = careers[EditorValueRules.DocumentKeys(p.Value("fromCareer")).Single()];
            return target.Value("industry") == from.Value("industry") &&
                   Math.Abs(Int(target, "jobZone") - Int(from, "jobZone")) <= 1;
        });

        Assert.True(near > paths.Count * 0.95, $"{near} of {paths.Count} paths are from the same sector and job zone +-1.");
        var difficulties = paths.GroupBy(p => p.Value("difficulty")).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(3, difficulties.Count);
    }

    [Fact]
    public void RequiredSkills_AreParseableBlockListsInTheStarterShape()
    {
        var starter = StarterBlockListShape();
        foreach (var career in Corpus.Careers)
        {
            var json = career.Value("requiredSkills")!;
            using var document = JsonDocument.Parse(json);
            Assert.Equal(starter, Shape(document.RootElement));
            var blocks = BlockListValue.Parse(json, out var error);
            Assert.Null(error);
            Assert.InRange(blocks!.Count, 5, 9);
            Assert.All(blocks, b => Assert.Equal(CorpusContentTypes.SkillRequirementElementKey, b.ContentTypeKey));
            var skills = blocks.Select(b => EditorValueRules.DocumentKeys(b.Values["skill"]).Single()).ToList();
            Assert.Equal(skills.Count, skills.Distinct().Count());
            Assert.All(skills, s => Assert.Equal(CorpusContentTypes.Skill, fixture.NodesByKey[s].ContentTypeAlias));
            Assert.All(blocks, b => Assert.InRange(int.Parse(b.Values["importance"]!, System.Globalization.CultureInfo.InvariantCulture), 2, 5));
            Assert.All(blocks, b => Assert.InRange(int.Parse(b.Values["level"]!, System.Globalization.CultureInfo.InvariantCulture), 1, 6));
        }
    }

    [Fact]
    public void Pickers_PointAtNodesOfTheRightType_AndPrerequisitesHaveNoCycle()
    {
        foreach (var career in Corpus.Careers)
        {
            Assert.All(EditorValueRules.DocumentKeys(career.Value("relatedCareers")), k =>
            {
                Assert.NotEqual(career.Key, k);
                Assert.Equal(CorpusContentTypes.Career, fixture.NodesByKey[k].ContentTypeAlias);
            });
        }

        var prerequisites = Corpus.Skills.ToDictionary(s => s.Key, s => EditorValueRules.DocumentKeys(s.Value("prerequisites")));
        Assert.All(prerequisites.Values.SelectMany(p => p), k => Assert.Equal(CorpusContentTypes.Skill, fixture.NodesByKey[k].ContentTypeAlias));
        Assert.Contains(prerequisites.Values, p => p.Count > 0);
        var state = new Dictionary<Guid, int>();
        bool HasCycle(Guid key)
        {
            if (state.TryGetValue(key, out var s))
            {
                return s == 1;
            }

            state[key] = 1;
            var cycle = prerequisites[key].Any(HasCycle);
            state[key] = 2;
            return cycle;
        }

        Assert.DoesNotContain(prerequisites.Keys, HasCycle);
    }

    [Fact]
    public void Skills_HaveCategoryHoursAndDescription()
    {
        foreach (var skill in Corpus.Skills)
        {
            Assert.Contains(JsonSerializer.Deserialize<string[]>(skill.Value("category")!)!.Single(), CorpusContentTypes.SkillCategories);
            Assert.InRange(Int(skill, "learningHours"), 20, 160);
            Assert.False(string.IsNullOrWhiteSpace(skill.Value("description")));
            Assert.Null(skill.Value("synonyms"));
            Assert.Equal(CorpusKeys.SkillsRoot, skill.ParentKey);
        }

        var byName = Corpus.Skills.ToDictionary(s => s.Name);
        Assert.Equal("[\"Skill\"]", byName["Manage staff"].Value("category"));
        Assert.Equal("[\"Knowledge\"]", byName["Mathematics"].Value("category"));
        Assert.Equal("[\"Tool\"]", byName["Use CAD software"].Value("category"));
    }

    [Theory]
    [InlineData("ICT help desk agent", "ICT Help Desk Agent")]
    [InlineData("postman/postwoman", "Postman/Postwoman")]
    [InlineData("heating, ventilation, air conditioning (and refrigeration) service engineer", "Heating, Ventilation, Air Conditioning (and Refrigeration) Service Engineer")]
    [InlineData("doctors' surgery assistant", "Doctors' Surgery Assistant")]
    [InlineData("chief ICT security officer", "Chief ICT Security Officer")]
    [InlineData("head of department", "Head of Department")]
    [InlineData("non-destructive testing specialist", "Non-Destructive Testing Specialist")]
    public void TitleCase_CapitalisesWordsButNotConnectorsOrInitialisms(string title, string expected) =>
        Assert.Equal(expected, CorpusText.TitleCase(title));

    [Fact]
    public void Attribution_CreditsNestaEscoAndOnet()
    {
        Assert.Contains("Nesta", OccupationCorpus.Attribution, StringComparison.Ordinal);
        Assert.Contains("Mapping Career Causeways", OccupationCorpus.Attribution, StringComparison.Ordinal);
        Assert.Contains("MIT", OccupationCorpus.Attribution, StringComparison.Ordinal);
        Assert.Contains("ESCO", OccupationCorpus.Attribution, StringComparison.Ordinal);
        Assert.Contains("European Commission", OccupationCorpus.Attribution, StringComparison.Ordinal);
        Assert.Contains("O*NET", OccupationCorpus.Attribution, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", OccupationCorpus.Attribution, StringComparison.Ordinal);
    }

    private System.Text.Json.Nodes.JsonObject ConfigFor(Guid dataTypeKey)
    {
        var config = fixture.DataTypes[dataTypeKey].Config;
        if (dataTypeKey == CorpusContentTypes.IndustryDataTypeKey)
        {
            config["items"] = new System.Text.Json.Nodes.JsonArray(Corpus.Industries.Select(i => (System.Text.Json.Nodes.JsonNode?)i).ToArray());
        }

        return config;
    }

    private IEnumerable<string> CheckBlocks(CorpusNode node, string alias, string value, System.Text.Json.Nodes.JsonObject config)
    {
        var blocks = BlockListValue.Parse(value, out var error);
        if (blocks is null)
        {
            yield return $"{node.Name}: {alias}: {error}";
            yield break;
        }

        var allowed = config["blocks"]!.AsArray().Select(b => Guid.Parse(b!["contentElementTypeKey"]!.GetValue<string>())).ToHashSet();
        foreach (var block in blocks)
        {
            if (!allowed.Contains(block.ContentTypeKey))
            {
                yield return $"{node.Name}: {alias}: block type {block.ContentTypeKey} not allowed";
                continue;
            }

            var element = fixture.ContentTypes.Values.Single(t => t.Key == block.ContentTypeKey);
            foreach (var property in element.Properties)
            {
                var blockValue = block.Values.GetValueOrDefault(property.Alias);
                if (string.IsNullOrEmpty(blockValue))
                {
                    yield return $"{node.Name}: {alias}.{property.Alias} is empty";
                }
                else if (EditorValueRules.Check(property.EditorAlias, fixture.DataTypes[property.DataTypeKey].Config, blockValue) is { } problem)
                {
                    yield return $"{node.Name}: {alias}.{property.Alias} = {blockValue}: {problem}";
                }
            }
        }
    }

    private string StarterBlockListShape()
    {
        var file = System.Xml.Linq.XElement.Load(Path.Combine(fixture.StarterFolder, "Content", "mlops-engineer.config"));
        var json = file.Element("Properties")!.Element("requiredSkills")!.Element("Value")!.Value;
        using var document = JsonDocument.Parse(json);
        return Shape(document.RootElement);
    }

    /// <summary>The JSON's structure: property names in order and value kinds, arrays reduced to their first item.</summary>
    private static string Shape(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => p.Name + ":" + Shape(p.Value))) + "}",
        JsonValueKind.Array => "[" + (element.GetArrayLength() > 0 ? Shape(element[0]) : "") + "]",
        _ => element.ValueKind.ToString(),
    };

    private static int Int(CorpusNode node, string alias) =>
        int.Parse(node.Value(alias)!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(CorpusNode node) =>
        $"{node.Key}|{node.ParentKey}|{node.ContentTypeAlias}|{node.Name}|{node.SortOrder}|{node.CreateDate:O}|{node.Published}|" +
        string.Join("|", node.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value));
}
