using System;
using System.IO;

namespace SocialAutomation.Analyzers.Tests.Infrastructure
{
    /// <summary>Files of the repository the tests check against the code (docs, README, release tracking, presets).</summary>
    public static class RepositoryFiles
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(FindRoot);

        /// <summary>The directory holding Analyzers.sln, found by walking up from the test binaries.</summary>
        public static string Root => RootPath.Value;

        public static string PathOf(string relativePath)
            => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

        public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

        /// <summary>Whether generated files should be rewritten instead of checked (for example UPDATE_README=1).</summary>
        public static bool UpdateRequested(string environmentVariable)
            => Environment.GetEnvironmentVariable(environmentVariable) is "1" or "true";

        private static string FindRoot()
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
}
