#!/usr/bin/env bash
# Writes a project.json for a project folder: scripts/new-project.sh <root> <name> <scope> <type>
set -euo pipefail
root=$1 name=$2 scope=$3 type=$4
kind=library; [ "$type" = app ] && kind=application
mkdir -p "$root"
cat > "$root/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "../../../node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$root/src",
  "projectType": "$kind",
  "tags": ["scope:$scope", "type:$type"],
  "targets": {
    "test": {
      "executor": "nx:run-commands",
      "options": { "command": "jest --passWithNoTests $root", "cwd": "{workspaceRoot}" }
    },
    "lint": {
      "executor": "nx:run-commands",
      "options": { "command": "eslint $root", "cwd": "{workspaceRoot}" }
    }
  }
}
JSON
