package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lib/pq"

	"github.com/parleyhq/parley"
)

// PostgresEnv names the environment variable holding the connection string of a
// PostgreSQL server the tests may create databases on; without it they skip.
const PostgresEnv = "PARLEY_TEST_POSTGRES"

// twoStoresArticles is how many benchmark articles TestPostgresTwoStores writes twice.
const twoStoresArticles = 50

// testDatabasePrefix starts the name of every database FreshPostgres creates.
const testDatabasePrefix = "parley_test_"

// FreshPostgres creates an empty database on the server PostgresEnv names, drops it when
// the test ends, and returns its connection string. It skips tb if PostgresEnv is unset.
func FreshPostgres(tb testing.TB) string {
	tb.Helper()
	admin := os.Getenv(PostgresEnv)
	if admin == "" {
		tb.Skip(PostgresEnv + " is not set")
	}
	db, err := sql.Open(postgresDriver, admin)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	name := testDatabasePrefix + randomHex(tb)
	if _, err := db.Exec("CREATE DATABASE " + pq.QuoteIdentifier(name)); err != nil {
		tb.Fatalf("create test database: %v", err)
	}
	tb.Cleanup(func() { // runs after the store's Close, registered later
		if _, err := db.Exec("DROP DATABASE " + pq.QuoteIdentifier(name) + " WITH (FORCE)"); err != nil {
			tb.Errorf("drop test database %s: %v", name, err)
		}
	})
	if u, err := url.Parse(admin); err == nil && u.Scheme != "" {
		u.Path = "/" + name
		return u.String()
	}
	return admin + " dbname=" + name // key=value form: the last dbname wins
}

func randomHex(tb testing.TB) string {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		tb.Fatal(err)
	}
	return hex.EncodeToString(b)
}

func TestMaskDSN(t *testing.T) {
	tests := []struct {
		dsn, shown, password string
	}{
		{"postgres://parley:s3cret@127.0.0.1:5432/parley?sslmode=disable", "postgres://parley:xxxxx@127.0.0.1:5432/parley?sslmode=disable", "s3cret"},
		{"postgres://parley@127.0.0.1/parley", "postgres://parley@127.0.0.1/parley", ""},
		{"postgres://parley:p%40ss@db/parley", "postgres://parley:xxxxx@db/parley", "p@ss"},
		{"host=db user=parley password=s3cret dbname=parley", "host=db user=parley password=xxxxx dbname=parley", "s3cret"},
		{"host=db password = 'two words' dbname=parley", "host=db password = xxxxx dbname=parley", "two words"},
		{"host=db dbname=parley", "host=db dbname=parley", ""},
		{"/var/lib/parley", "/var/lib/parley", ""},
	}
	for _, tt := range tests {
		shown, password, err := maskDSN(tt.dsn)
		if err != nil {
			t.Errorf("maskDSN(%q): %v", tt.dsn, err)
			continue
		}
		if shown != tt.shown || password != tt.password {
			t.Errorf("maskDSN(%q) = %q, %q; want %q, %q", tt.dsn, shown, password, tt.shown, tt.password)
		}
	}
}

// TestOpenPostgresMasksPassword checks that failing opens never print the password.
// Port 1 on loopback refuses connections, so no server is needed.
func TestOpenPostgresMasksPassword(t *testing.T) {
	const password = "hunter2secret"
	tests := []struct {
		dsn, want string
	}{
		{"postgres://parley:" + password + "@127.0.0.1:1/parley?sslmode=disable&connect_timeout=2", "connection refused"},
		{"postgres://parley:" + password + "@127.0.0.1:port/parley", "invalid connection URL"},
		{"host=127.0.0.1 port=1 user=parley password=" + password + " sslmode=disable connect_timeout=2", "connection refused"},
	}
	for _, tt := range tests {
		s, err := Open(Config{Backend: Postgres, Path: tt.dsn})
		if err == nil {
			s.Close()
			t.Errorf("Open(%q): no error", tt.dsn)
			continue
		}
		if msg := err.Error(); strings.Contains(msg, password) || !strings.Contains(msg, tt.want) {
			t.Errorf("Open(%q) = %v, want %q and no password", tt.dsn, err, tt.want)
		}
	}
}

// TestPostgresReopen checks that a second Open of an initialised database keeps its
// quads and needs no schema change.
func TestPostgresReopen(t *testing.T) {
	dsn := FreshPostgres(t)
	ctx := context.Background()
	x := benchCorpus()[0]
	s, err := Open(Config{Backend: Postgres, Path: dsn})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Write(ctx, []*parley.Extraction{x})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(Config{Backend: Postgres, Path: dsn})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	again, err := s.Write(ctx, []*parley.Extraction{x})
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := [2]int64{int64(again), st.Quads}, [2]int64{0, int64(n)}; got != want {
		t.Errorf("after reopen (rewrite, quads) = %v, want %v", got, want)
	}
}

// TestPostgresTwoStores checks two stores sharing one database, as two processes would:
// concurrent writes of the same articles both succeed and store each quad once, and
// each store's Stats sees the other's writes.
func TestPostgresTwoStores(t *testing.T) {
	dsn := FreshPostgres(t)
	ctx := context.Background()
	var stores [2]*Store
	for i := range stores {
		s, err := Open(Config{Backend: Postgres, Path: dsn})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	if _, err := stores[1].Stats(ctx); err != nil { // before the other's write
		t.Fatal(err)
	}
	xs := benchCorpus()[:twoStoresArticles]
	var wrote [2]int
	var errs [2]error
	var wg sync.WaitGroup
	for i, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wrote[i], errs[i] = s.Write(ctx, xs)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("store %d: %v", i, err)
		}
	}
	for i, s := range stores {
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := st.Quads, int64(wrote[0]+wrote[1]); got != want || got == 0 {
			t.Errorf("store %d holds %d quads, want %d (written %v)", i, got, want, wrote)
		}
	}
}

// BenchmarkWritePostgres compares, in one run and on fresh stores, Store.Write of the
// benchmark corpus on PostgreSQL against bolt, in one call and one call per article. It
// reports stored quads per second for each and bolt's time over postgres's (above 1:
// postgres is faster); ns/op is the two writes together. It skips without PostgresEnv.
func BenchmarkWritePostgres(b *testing.B) {
	if os.Getenv(PostgresEnv) == "" {
		b.Skip(PostgresEnv + " is not set")
	}
	xs := benchCorpus()
	stores := map[string]func(b *testing.B) Config{
		Bolt:     func(b *testing.B) Config { return Config{Backend: Bolt, Path: b.TempDir()} },
		Postgres: func(b *testing.B) Config { return Config{Backend: Postgres, Path: FreshPostgres(b)} },
	}
	writes := map[string]func(*Store) error{
		"one": func(s *Store) error {
			_, err := s.Write(context.Background(), xs)
			return err
		},
		"each": func(s *Store) error {
			for _, x := range xs {
				if _, err := s.Write(context.Background(), []*parley.Extraction{x}); err != nil {
					return err
				}
			}
			return nil
		},
	}
	for _, w := range []string{"one", "each"} {
		b.Run(w, func(b *testing.B) {
			took := map[string]time.Duration{}
			quads := map[string]int64{}
			for range b.N {
				for _, backend := range []string{Bolt, Postgres} {
					d, n := timeWriteOn(b, stores[backend], writes[w])
					took[backend] += d
					quads[backend] = n
				}
			}
			if quads[Bolt] != quads[Postgres] {
				b.Fatalf("bolt stored %d quads, postgres %d", quads[Bolt], quads[Postgres])
			}
			n := float64(quads[Bolt]) * float64(b.N)
			b.ReportMetric(n/took[Bolt].Seconds(), "bolt-quads/s")
			b.ReportMetric(n/took[Postgres].Seconds(), "postgres-quads/s")
			b.ReportMetric(took[Bolt].Seconds()/took[Postgres].Seconds(), "bolt/postgres")
		})
	}
}

// timeWriteOn opens the store config describes, times write on it and returns the time
// and how many quads the store then holds. The benchmark timer runs only during write.
func timeWriteOn(b *testing.B, config func(*testing.B) Config, write func(*Store) error) (time.Duration, int64) {
	b.StopTimer()
	s, err := Open(config(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.StartTimer()
	start := time.Now()
	if err := write(s); err != nil {
		b.Fatal(err)
	}
	took := time.Since(start)
	b.StopTimer()
	st, err := s.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return took, st.Quads
}
