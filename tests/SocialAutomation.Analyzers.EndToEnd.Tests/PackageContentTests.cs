using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using SocialAutomation.Analyzers.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.EndToEnd.Tests
{
    /// <summary>The nupkg holds exactly what an analyzer package should, and its nuspec says what it is.</summary>
    [Collection(PackedPackageCollection.Name)]
    public sealed class PackageContentTests
    {
        private readonly PackedPackage _package;

        public PackageContentTests(PackedPackage package)
        {
            _package = package;
        }

        [Fact]
        public void Package_holds_exactly_the_analyzers_presets_and_readme()
        {
            _package.AssertPacked();
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            var entries = archive.Entries
                .Select(e => e.FullName)
                // The OPC core-properties part has a generated name; its presence is what matters.
                .Select(name => name.StartsWith("package/services/metadata/core-properties/") && name.EndsWith(".psmdcp")
                    ? "package/services/metadata/core-properties/*.psmdcp"
                    : name)
                .OrderBy(name => name, System.StringComparer.Ordinal)
                .ToArray();

            var expected = new[]
            {
                "README.md",
                "SocialAutomation.Analyzers.nuspec",
                "[Content_Types].xml",
                "_rels/.rels",
                "analyzers/dotnet/cs/SocialAutomation.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/SocialAutomation.Analyzers.dll",
                "build/SocialAutomation.Analyzers.props",
                "build/config/none.globalconfig",
                "build/config/strict.globalconfig",
                "package/services/metadata/core-properties/*.psmdcp",
            }.OrderBy(name => name, System.StringComparer.Ordinal).ToArray();

            Assert.Equal(expected, entries);
        }

        [Fact]
        public void Nuspec_declares_a_development_dependency_without_dependencies()
        {
            _package.AssertPacked();
            var metadata = ReadNuspecMetadata();
            XNamespace ns = metadata.Name.Namespace;

            Assert.Equal(PackedPackage.PackageId, (string?)metadata.Element(ns + "id"));
            Assert.Equal(_package.Version, (string?)metadata.Element(ns + "version"));
            Assert.Equal("true", (string?)metadata.Element(ns + "developmentDependency"));
            Assert.Null(metadata.Element(ns + "dependencies"));
            Assert.Equal("MIT", (string?)metadata.Element(ns + "license"));
            Assert.Equal("expression", (string?)metadata.Element(ns + "license")?.Attribute("type"));
            Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
            Assert.False(string.IsNullOrWhiteSpace((string?)metadata.Element(ns + "description")));
        }

        [Fact]
        public void Nuspec_names_the_repository_and_the_commit_it_was_built_from()
        {
            _package.AssertPacked();
            var repository = ReadNuspecMetadata().Element(ReadNuspecMetadata().Name.Namespace + "repository");

            Assert.NotNull(repository);
            Assert.Equal("git", (string?)repository!.Attribute("type"));
            Assert.StartsWith("https://github.com/", (string?)repository.Attribute("url"));
            Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? "");
        }

        [Fact]
        public void Package_readme_is_the_user_readme_with_the_rule_table()
        {
            _package.AssertPacked();
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            using var reader = new StreamReader(archive.GetEntry("README.md")!.Open());
            var packed = reader.ReadToEnd();

            Assert.Equal(File.ReadAllText(Path.Combine(_package.RepositoryRoot, "docs", "package-readme.md")), packed);
            Assert.Contains("<!-- rules:start -->", packed);
            Assert.Contains("PrivateAssets=\"all\"", packed);
        }

        private XElement ReadNuspecMetadata()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            using var stream = archive.GetEntry(PackedPackage.PackageId + ".nuspec")!.Open();
            var nuspec = XDocument.Load(stream);
            return nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }
    }
}
