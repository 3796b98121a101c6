extension Configuration {
    /// What `resolint init` writes: every key, commented, with its default.
    public static let starter = """
        # resolint configuration. The nearest .resolint.yml above a draft applies to it.
        # `resolint rules` lists the rule ids; `resolint rules ID` explains one.

        # Start from another configuration (a shared team file); the keys below win over its own.
        # extend: ../shared/.resolint.yml

        # Language of the drafts: auto (detected per file), ar, en, es, fr, ru or zh.
        language: auto

        # The lowest severity that makes `resolint lint` exit 1: error, warning or info.
        fail-on: error

        # Per rule: off | info | warning | error, or a mapping with options.
        rules:
          # preamble.opening-phrase: off
          # closing.missing: error
          closing.session: {severity: error, allowed-offsets: [1]}   # [1, 2] for biennial items

        # Your own rules, in the format of resolint's Rules/*.yaml (paths relative to this file).
        rule-files: []

        # Which files of a folder are drafts (globs relative to this file's folder). `resolint lint
        # --force-exclude` (the pre-commit hooks) applies them to files named on the command line too.
        # What a git work tree's .gitignore ignores is left out as well.
        include: ["**/*.txt", "**/*.md"]
        exclude: ["**/README*", "**/CHANGELOG*", "**/CONTRIBUTING*", "**/LICENSE*", "**/CODE_OF_CONDUCT*"]

        # Rules (ids or prefixes such as footnote.) not run on the files a glob matches.
        per-file-ignores: {}

        """
}
