package graph

// Open accepts Backend Postgres with Path a connection string, either a URL
// ("postgres://user:pw@host:5432/db?sslmode=disable") or key=value pairs ("host=...
// dbname=..."), through Cayley's SQL backend and the lib/pq driver. Errors and Close show
// the connection string with its password masked.
import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"; imports lib/pq
)

// postgresDriver is the database/sql driver Cayley's postgres backend uses (lib/pq).
const postgresDriver = "postgres"

// pingTimeout bounds how long Open waits for the database to answer before it hands the
// connection string to Cayley, whose own connect has no deadline.
const pingTimeout = 10 * time.Second

// maskedPassword stands in for a password in anything Parley prints.
const maskedPassword = "xxxxx"

// keyValuePassword matches the password of a key=value connection string, quoted or not.
var keyValuePassword = regexp.MustCompile(`(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S*)`)

// openSQL opens the Cayley SQL backend at dsn, creating its tables if the database holds
// none yet. It checks that the database answers before Cayley connects, so that Cayley
// never logs the connection string. It returns an error naming the backend and the
// masked connection string if the database cannot be reached or initialised.
func openSQL(backend, dsn string) (*Store, error) {
	shown, password, err := maskDSN(dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s graph %q: %w", backend, shown, err)
	}
	fail := func(op string, err error) error {
		return fmt.Errorf("%s %s graph %q: %w", op, backend, shown, maskErr(err, password))
	}
	exists, err := hasQuadsTable(dsn)
	if err != nil {
		return nil, fail("open", err)
	}
	if !exists {
		// Two processes may race to create the tables; the loser sees ErrDatabaseExists.
		if err := cgraph.InitQuadStore(backend, dsn, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fail("init", err)
		}
	}
	qs, err := cgraph.NewQuadStore(backend, dsn, nil)
	if err != nil {
		return nil, fail("open", err)
	}
	return &Store{qs: qs, backend: backend, path: shown}, nil
}

// countQuads returns how many quads the SQL store qs holds, counted now. Cayley's own SQL
// Stats answers exact=false with the planner's estimate (-1 before the first ANALYZE)
// and caches an exact count until this process writes, missing other processes' writes.
func countQuads(ctx context.Context, qs cgraph.QuadStore) (int64, error) {
	costs, err := qs.QuadsAllIterator().Stats(ctx)
	if err != nil {
		return 0, err
	}
	return costs.Size.Value, nil
}

// hasQuadsTable connects to dsn and reports whether Cayley's quads table is on its search
// path. It returns the driver's error if the database does not answer within pingTimeout.
func hasQuadsTable(dsn string) (bool, error) {
	db, err := sql.Open(postgresDriver, dsn)
	if err != nil {
		return false, err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), pingTimeout)
	defer cancel()
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&exists); err != nil {
		return false, err
	}
	return exists, nil
}

// maskDSN returns dsn with its password replaced by maskedPassword, and the password. A
// URL that does not parse is shown as its scheme only, with an error that does not quote
// it (url.Parse's own error quotes the whole string, password included).
func maskDSN(dsn string) (shown, password string, err error) {
	scheme, _, isURL := strings.Cut(dsn, "://")
	if !isURL {
		m := keyValuePassword.FindStringSubmatch(dsn)
		if m == nil || m[2] == "" {
			return dsn, "", nil
		}
		return keyValuePassword.ReplaceAllString(dsn, "${1}"+maskedPassword), strings.Trim(m[2], "'"), nil
	}
	u, err := url.Parse(dsn)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return scheme + "://" + maskedPassword, "", fmt.Errorf("invalid connection URL: %w", err)
	}
	password, _ = u.User.Password()
	if password == "" {
		return dsn, "", nil
	}
	return u.Redacted(), password, nil
}

// maskErr returns err with every occurrence of password, plain or URL-escaped, masked.
// An error whose text holds no password is returned as is, so errors.Is still sees it.
func maskErr(err error, password string) error {
	msg := err.Error()
	if password == "" {
		return err
	}
	masked := msg
	for _, p := range []string{password, url.QueryEscape(password), url.PathEscape(password)} {
		masked = strings.ReplaceAll(masked, p, maskedPassword)
	}
	if masked == msg {
		return err
	}
	return errors.New(masked)
}

// Display returns where c points, safe to print: a PostgreSQL connection string with its
// password masked, else the path.
func (c Config) Display() string {
	if c.Backend != Postgres {
		return c.Path
	}
	shown, _, _ := maskDSN(c.Path)
	return shown
}
