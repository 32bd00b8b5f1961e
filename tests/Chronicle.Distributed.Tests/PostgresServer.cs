using Npgsql;

namespace Chronicle.Distributed.Tests;

/// <summary>
/// A throw-away PostgreSQL cluster: initdb and pg_ctl in a temporary directory, listening on a free loopback port,
/// trust authentication. initdb refuses to run as root, so as root the cluster is created and run as the
/// <c>postgres</c> user (which the Debian package creates), or a dedicated system user made for the purpose.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Superuser = "chronicle";

    private readonly string? _runAs;
    private readonly string _pgCtl;

    private PostgresServer(string directory, int port, string pgCtl, string? runAs)
    {
        Directory_ = directory;
        Port = port;
        _pgCtl = pgCtl;
        _runAs = runAs;
    }

    public int Port { get; }

    private string Directory_ { get; }

    /// <summary>Why the server cannot run here, or null.</summary>
    public static string? Missing()
    {
        var missing = new[] { "initdb", "pg_ctl", "postgres" }.Where(p => ServerTools.Find(p) is null).ToList();
        return missing.Count == 0 ? null : $"PostgreSQL server programs not found ({string.Join(", ", missing)}); install them with 'apt-get install -y postgresql'.";
    }

    public static PostgresServer Start()
    {
        var initdb = ServerTools.Find("initdb")!;
        var pgCtl = ServerTools.Find("pg_ctl")!;
        var directory = System.IO.Directory.CreateTempSubdirectory("chronicle-pg-").FullName;
        string? runAs = null;
        if (ServerTools.IsRoot)
        {
            runAs = UserExists("postgres") ? "postgres" : EnsureUser("chronicle-pg");
            ServerTools.Run("chown", "-R", runAs, directory);
        }

        var port = ServerTools.FreePort();
        var server = new PostgresServer(directory, port, pgCtl, runAs);
        server.As(initdb, "-D", Path.Combine(directory, "data"), "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync");
        server.As(
            pgCtl, "-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start");
        return server;
    }

    /// <summary>A new empty database and its <c>postgres://</c> location.</summary>
    public string CreateDatabase(string prefix)
    {
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username={Superuser};Database=postgres;Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return $"postgres://{Superuser}@127.0.0.1:{Port}/{name}";
    }

    public void Dispose()
    {
        try
        {
            As(_pgCtl, "-D", Path.Combine(Directory_, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            System.IO.Directory.Delete(Directory_, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void As(string program, params string[] args)
    {
        if (_runAs is null)
        {
            ServerTools.Run(program, args);
        }
        else
        {
            ServerTools.Run("runuser", ["-u", _runAs, "--", program, .. args]);
        }
    }

    private static bool UserExists(string user)
    {
        try
        {
            ServerTools.Run("id", "-u", user);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string EnsureUser(string user)
    {
        if (!UserExists(user))
        {
            ServerTools.Run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user);
        }

        return user;
    }
}
