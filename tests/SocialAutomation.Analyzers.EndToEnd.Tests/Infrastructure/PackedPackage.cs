using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace SocialAutomation.Analyzers.EndToEnd.Tests.Infrastructure
{
    /// <summary>
    /// The package packed once for the whole run, with a version no other run uses, in a local folder feed under a
    /// temporary directory. The version keeps a stale copy in the global packages folder from ever being restored;
    /// Dispose removes this run's copy from it and deletes the temporary directory.
    /// </summary>
    public sealed class PackedPackage : IDisposable
    {
        public const string PackageId = "SocialAutomation.Analyzers";

        /// <summary>Prerelease label of the versions these tests pack; only folders with it are ever deleted.</summary>
        private const string VersionLabel = "-e2e.";

        public PackedPackage()
        {
            RepositoryRoot = FindRepositoryRoot();
            Version = "0.0.1" + VersionLabel + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
            WorkDirectory = Directory.CreateTempSubdirectory("sma-e2e-").FullName;
            FeedDirectory = Directory.CreateDirectory(Path.Combine(WorkDirectory, "feed")).FullName;
            RemoveLeftoversOfEarlierRuns();

            var configuration = typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BuildConfiguration").Value!;
            var project = Path.Combine(RepositoryRoot, "src", "SocialAutomation.Analyzers.Package", "SocialAutomation.Analyzers.Package.csproj");
            PackResult = DotNetCli.Run(
                RepositoryRoot,
                "pack", project, "--no-build", "-c", configuration, "-o", FeedDirectory,
                "-p:Version=" + Version,
                "-p:NuspecOutputPath=" + Path.Combine(WorkDirectory, "nuspec") + Path.DirectorySeparatorChar);
            PackagePath = Path.Combine(FeedDirectory, PackageId + "." + Version + ".nupkg");
            _sharedConsumer = new Lazy<ConsumerProject>(() => ConsumerProject.Create(this, "shared"));
            _defaultBuild = new Lazy<BuildRun>(() => SharedConsumer.Build("-p:ErrorLog=" + SarifFileName + "%2Cversion%3D2.1"));
        }

        /// <summary>The SARIF log the default build writes (%2C and %3D are MSBuild escapes for , and =).</summary>
        public const string SarifFileName = "build.sarif";

        private readonly Lazy<ConsumerProject> _sharedConsumer;
        private readonly Lazy<BuildRun> _defaultBuild;

        /// <summary>
        /// One consumer project for the tests that change only the command line, restored once; the tests of the
        /// collection run one at a time, so they never build it concurrently.
        /// </summary>
        public ConsumerProject SharedConsumer => _sharedConsumer.Value;

        /// <summary>The shared consumer's plain `dotnet build`, once, with a SARIF log on the side.</summary>
        public BuildRun DefaultBuild => _defaultBuild.Value;

        public string RepositoryRoot { get; }

        public string Version { get; }

        /// <summary>A temporary directory for this run: the feed, and the consumer projects the tests create.</summary>
        public string WorkDirectory { get; }

        public string FeedDirectory { get; }

        public string PackagePath { get; }

        public CommandResult PackResult { get; }

        /// <summary>Fails the calling test with the pack output when packing did not produce the package.</summary>
        public void AssertPacked()
            => Assert.True(PackResult.Succeeded && File.Exists(PackagePath), "Packing failed. " + PackResult.Describe());

        public void Dispose()
        {
            DeleteDirectory(Path.Combine(GlobalPackagesFolder(), PackageId.ToLowerInvariant(), Version.ToLowerInvariant()));
            DeleteDirectory(WorkDirectory);
        }

        /// <summary>Copies of the package that runs which were killed before Dispose left in the global packages folder.</summary>
        private static void RemoveLeftoversOfEarlierRuns()
        {
            var packageFolder = new DirectoryInfo(Path.Combine(GlobalPackagesFolder(), PackageId.ToLowerInvariant()));
            if (!packageFolder.Exists)
            {
                return;
            }

            foreach (var version in packageFolder.GetDirectories("*" + VersionLabel + "*"))
            {
                if (version.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-6))
                {
                    DeleteDirectory(version.FullName);
                }
            }
        }

        private static string GlobalPackagesFolder()
            => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        private static void DeleteDirectory(string path)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (IOException)
            {
                // A compiler server may still hold a file; the unique version keeps a leftover harmless.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private static string FindRepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No Analyzers.sln above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Every end-to-end test shares one packed package and runs one at a time (each drives whole builds).</summary>
    [CollectionDefinition(Name)]
    public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
    {
        public const string Name = "Packed package";
    }
}
