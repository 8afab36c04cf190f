/// Pipeline files compiled into the binary, so that `ingest` works from any folder.
///
/// Each string holds the same bytes as the file under `pipelines/` (a test checks it):
/// edit the file, then paste it here.
enum BuiltInPipelines {
    /// `pipelines/fr-news.yaml`.
    static let frNews = """
# Gazette pipeline file: the default pipeline for French news articles.
#
# `ingest` runs this file unless --pipeline FILE names another; it is compiled into the
# binary (Sources/Gazette/Pipeline/BuiltInPipelines.swift must hold the same bytes; a test
# checks it). Stages run in the order listed; each names a registered stage, the version
# of its behaviour and its options (see `ingest --list-stages`).
version: 1
name: fr-news
language: fr
stages:
  - name: segmenter
    version: 1
    options:
      language: fr

"""
}
