using Microsoft.Data.Sqlite;
using Readout.Storage;
using Readout.Tests.Support;

namespace Readout.Tests.Storage;

/// <summary>A server opens a pooled store per request; those opens must not queue behind the ingest writer.</summary>
public sealed class PooledStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    private string _path => _database.Path;

    [Fact]
    public void A_request_opens_the_store_while_a_writer_holds_the_lock()
    {
        using (SqliteStore.OpenPooled(_path))
        {
            // The first open creates and checks the schema.
        }

        using var writer = new SqliteConnection($"Data Source={_path};Pooling=False;Default Timeout=1");
        writer.Open();
        using var hold = writer.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE";
        hold.ExecuteNonQuery();

        // Checking the schema again would need the write lock held above and fail after the busy timeout.
        using var reader = SqliteStore.OpenPooled(_path);
        Assert.Equal(new StoreCounts(0, 0), reader.Counts());

        hold.CommandText = "ROLLBACK";
        hold.ExecuteNonQuery();
    }

    public void Dispose() => _database.Dispose();
}
