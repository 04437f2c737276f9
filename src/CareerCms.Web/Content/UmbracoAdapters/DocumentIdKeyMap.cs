using System.Collections.Concurrent;
using CareerCms.Web.Persistence;
using Dapper;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace CareerCms.Web.Content.UmbracoAdapters;

/// <summary>
/// Core's <see cref="IIdKeyMap"/> for documents: int id and GUID key never change, so pairs are cached once read.
/// Packages written for Umbraco use it to turn picker keys into ids (and back).
/// </summary>
public sealed class DocumentIdKeyMap(DatabaseScopeProvider scopeProvider) : IIdKeyMap
{
    private readonly ConcurrentDictionary<Guid, int> _idByKey = new();
    private readonly ConcurrentDictionary<int, Guid> _keyById = new();

    /// <inheritdoc />
    public Attempt<int> GetIdForKey(Guid key, UmbracoObjectTypes umbracoObjectType)
    {
        if (umbracoObjectType != UmbracoObjectTypes.Document)
        {
            return Attempt<int>.Fail();
        }

        if (_idByKey.TryGetValue(key, out var id))
        {
            return Attempt.Succeed(id);
        }

        var found = Query<int?>("SELECT id FROM umbracoNode WHERE uniqueId = @value", key.ToString("D"));
        if (found is not { } value)
        {
            return Attempt<int>.Fail();
        }

        PopulateCache(value, key, umbracoObjectType);
        return Attempt.Succeed(value);
    }

    /// <inheritdoc />
    public Attempt<int> GetIdForUdi(Udi udi) =>
        udi is GuidUdi guidUdi && guidUdi.EntityType == Constants.UdiEntityType.Document
            ? GetIdForKey(guidUdi.Guid, UmbracoObjectTypes.Document)
            : Attempt<int>.Fail();

    /// <inheritdoc />
    public Attempt<Udi?> GetUdiForId(int id, UmbracoObjectTypes umbracoObjectType) =>
        GetKeyForId(id, umbracoObjectType) is { Success: true } key
            ? Attempt.Succeed<Udi?>(new GuidUdi(Constants.UdiEntityType.Document, key.Result))
            : Attempt<Udi?>.Fail();

    /// <inheritdoc />
    public Attempt<Guid> GetKeyForId(int id, UmbracoObjectTypes umbracoObjectType)
    {
        if (umbracoObjectType != UmbracoObjectTypes.Document)
        {
            return Attempt<Guid>.Fail();
        }

        if (_keyById.TryGetValue(id, out var key))
        {
            return Attempt.Succeed(key);
        }

        var found = Query<string?>("SELECT uniqueId FROM umbracoNode WHERE id = @value", id);
        if (found is null || !Guid.TryParse(found, out var parsed))
        {
            return Attempt<Guid>.Fail();
        }

        PopulateCache(id, parsed, umbracoObjectType);
        return Attempt.Succeed(parsed);
    }

    /// <inheritdoc />
    public void PopulateCache(IReadOnlyCollection<(int Id, Guid Key)> pairs, UmbracoObjectTypes umbracoObjectType)
    {
        foreach (var (id, key) in pairs)
        {
            PopulateCache(id, key, umbracoObjectType);
        }
    }

    /// <inheritdoc />
    public void PopulateCache(int id, Guid key, UmbracoObjectTypes umbracoObjectType)
    {
        if (umbracoObjectType == UmbracoObjectTypes.Document)
        {
            _idByKey[key] = id;
            _keyById[id] = key;
        }
    }

    /// <inheritdoc />
    public void ClearCache()
    {
        _idByKey.Clear();
        _keyById.Clear();
    }

    /// <inheritdoc />
    public void ClearCache(int id)
    {
        if (_keyById.TryRemove(id, out var key))
        {
            _idByKey.TryRemove(key, out _);
        }
    }

    /// <inheritdoc />
    public void ClearCache(Guid key)
    {
        if (_idByKey.TryRemove(key, out var id))
        {
            _keyById.TryRemove(id, out _);
        }
    }

    // Core's contract is synchronous; inside an operation the ambient transaction's connection is used, so a
    // document created earlier in the same transaction is found.
    private T? Query<T>(string sql, object value)
    {
        if (scopeProvider.AmbientScope is { } scope)
        {
            return scope.Connection.QueryFirstOrDefault<T>(sql, new { value }, scope.Transaction);
        }

        using var connection = scopeProvider.OpenConnectionAsync().GetAwaiter().GetResult();
        return connection.QueryFirstOrDefault<T>(sql, new { value });
    }
}
