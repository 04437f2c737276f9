using CareerCms.Search.Fields;
using CareerCms.Search.Health;
using CareerCms.Search.Model;
using CareerCms.Search.Validation;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;

namespace CareerCms.Search.Indexing;

public sealed partial class LuceneIndex
{
    /// <summary>
    /// Queues value sets for indexing: each is validated (Failed: skipped; Filtered: its document deleted), passed
    /// through <see cref="TransformingIndexValues"/>, then written, replacing any document with the same id.
    /// </summary>
    public void IndexItems(IEnumerable<ValueSet> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ThrowIfDisposed();
        var batch = values.ToArray();
        if (batch.Length > 0)
        {
            Submit(session => WriteBatch(session, batch, _documents));
        }
    }

    /// <summary>Queues the deletion of the documents with these ids.</summary>
    public void DeleteFromIndex(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ThrowIfDisposed();
        var terms = ids.Where(id => !string.IsNullOrWhiteSpace(id)).Select(IdTerm).ToArray();
        if (terms.Length > 0)
        {
            Submit(session => session.Tracking.DeleteDocuments(terms));
        }
    }

    /// <summary>
    /// Queues a wipe: every document is removed and the empty index committed. A corrupt folder is deleted and
    /// recreated; a folder locked by another process is left alone (reported through <see cref="IndexingError"/>).
    /// </summary>
    public void CreateIndex()
    {
        ThrowIfDisposed();
        RunReportingErrors(Wipe);
    }

    /// <summary>
    /// Completes once every write queued before the call is applied and visible to searches (read-your-writes).
    /// Does not wait for the durable commit; <see cref="IndexCommitted"/> reports that.
    /// </summary>
    public async Task WaitForChangesAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var (session, generation) = await _queue.RunAsync(() =>
        {
            lock (_sessionLock)
            {
                return (_session, _session?.Generation ?? 0);
            }
        }).WaitAsync(cancellationToken).ConfigureAwait(false);

        if (session is not null)
        {
            await session.WaitForGenerationAsync(generation, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Applies a rebuild batch; the task faults if the index is unavailable. While bulk loading, the batch is written
    /// on a thread of its own rather than the queue: Lucene's writer takes documents from several threads at once
    /// (each into its own segment), so analysis, most of a rebuild's work, is not held to one core.
    /// </summary>
    internal Task IndexItemsAsync(IReadOnlyList<ValueSet> batch)
    {
        if (!_bulkLoading || _options.Synchronous)
        {
            return _queue.RunAsync(() => Apply(session => WriteBatch(session, batch, _documents)));
        }

        return Task.Run(() =>
        {
            var builder = _spareDocumentBuilders.TryTake(out var spare) ? spare : new DocumentBuilder(FieldTypes, _options.NumericDocValues);
            try
            {
                Apply(session => WriteBatch(session, batch, builder));
            }
            finally
            {
                _spareDocumentBuilders.Add(builder);
            }
        });
    }

    /// <summary>Wipes on the queue; the task faults if the index cannot be wiped.</summary>
    internal Task WipeAsync() => _queue.RunAsync(Wipe);

    /// <summary>Commits whatever is pending now, on the queue.</summary>
    internal Task CommitAsync() => _queue.RunAsync(CommitPending);

    private static Term IdTerm(string id) => new(IndexFieldNames.NodeId, id);

    private void Submit(Action<IndexWriterSession> write) => RunReportingErrors(() => Apply(write));

    private void RunReportingErrors(Action work)
    {
        var task = _queue.RunAsync(() =>
        {
            try
            {
                work();
            }
            catch (Exception ex)
            {
                ReportError("A write was dropped.", null, ex);
            }
        });

        if (_options.Synchronous)
        {
            task.GetAwaiter().GetResult();
        }
    }

    private void Apply(Action<IndexWriterSession> write)
    {
        var session = EnsureSession() ?? throw new IndexUnavailableException(Name, GetHealth());
        try
        {
            write(session);
        }
        catch (ObjectDisposedException)
        {
            // The writer closed itself after a fatal error: reopen on next use.
            DropSession(session);
            throw;
        }

        if (_options.Synchronous)
        {
            CommitPending();
        }
        else if (!_bulkLoading)
        {
            // A rebuild commits once at its end (IndexRebuilder): commits every interval while it fills the index
            // would flush many small segments and merge them again, for data no reader is shown until it is complete.
            _commits.OnWrite();
        }
    }

    private void WriteBatch(IndexWriterSession session, IReadOnlyList<ValueSet> batch, DocumentBuilder documents)
    {
        foreach (var item in batch)
        {
            try
            {
                WriteItem(session, item, documents);
            }
            catch (Exception ex) when (ex is not ObjectDisposedException)
            {
                ReportError($"Item '{item.Id}' was not indexed.", item.Id, ex);
            }
        }
    }

    private void WriteItem(IndexWriterSession session, ValueSet item, DocumentBuilder documents)
    {
        var validation = _options.Validator?.Validate(item) ?? new ValueSetValidationResult(ValueSetValidationStatus.Valid, item);
        switch (validation.Status)
        {
            case ValueSetValidationStatus.Failed:
                return;
            case ValueSetValidationStatus.Filtered:
                session.Tracking.DeleteDocuments(IdTerm(item.Id));
                return;
        }

        var transforming = new TransformingIndexValuesEventArgs(this, validation.ValueSet);
        TransformingIndexValues?.Invoke(this, transforming);
        if (!transforming.Cancel)
        {
            var valueSet = transforming.ValueSet;
            session.Tracking.UpdateDocument(IdTerm(valueSet.Id), documents.Build(valueSet));
        }
    }

    private void Wipe()
    {
        var session = EnsureSession();
        if (session is null)
        {
            session = RecreateCorruptFolder();
        }
        else
        {
            session.Tracking.DeleteAll();
        }

        _corruption = null;
        CommitPending();
    }

    private IndexWriterSession RecreateCorruptFolder()
    {
        lock (_sessionLock)
        {
            if (_openFailure?.Status != IndexHealthStatus.Corrupt)
            {
                // Locked by another process or unreadable: never delete files under someone else's writer.
                throw new IndexUnavailableException(Name, _openFailure ?? new IndexHealth(IndexHealthStatus.Unhealthy, "Not open."));
            }

            var writeLock = _directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
            if (!writeLock.Obtain())
            {
                throw new IndexUnavailableException(Name, new IndexHealth(IndexHealthStatus.Unhealthy, "The folder is locked by another writer."));
            }

            try
            {
                foreach (var file in _directory.ListAll().Where(file => file != IndexWriter.WRITE_LOCK_NAME))
                {
                    _directory.DeleteFile(file);
                }
            }
            finally
            {
                writeLock.Dispose();
            }

            _logger.LogWarning("Index {IndexName}: deleted the corrupt files in {DirectoryPath}.", Name, DirectoryPath);
            _session = TryOpenSession(create: true);
            return _session ?? throw new IndexUnavailableException(Name, _openFailure ?? new IndexHealth(IndexHealthStatus.Corrupt));
        }
    }

    private void CommitPending()
    {
        _commits.OnCommitted();
        IndexWriterSession? session;
        lock (_sessionLock)
        {
            session = _session;
        }

        if (session is null)
        {
            return;
        }

        try
        {
            session.Writer.Commit();
            _commitFailure = null;
        }
        catch (Exception ex)
        {
            _commitFailure = $"The last commit failed, the index may be corrupt and need a rebuild ({ex.Message}).";
            ReportError(_commitFailure, null, ex);
            return;
        }

        session.Refresh();
        try
        {
            IndexCommitted?.Invoke(this, EventArgs.Empty);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Index {IndexName}: an IndexCommitted handler threw.", Name);
        }
    }
}
