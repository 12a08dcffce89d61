//go:build postgres

package graph

// Building with -tags postgres registers Cayley's SQL backends, so Open accepts
// Backend Postgres (or Cockroach) with Path a connection string. It needs the drivers
// (github.com/lib/pq, github.com/jackc/pgx/v5) in go.mod.
import (
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // registers "cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // registers "postgres"
)
