/** Asked when the API answers 401: paste a token from `skyhound tokens create`. */
import { useState } from 'preact/hooks'

export function SignInPage(props: { onToken: (token: string) => void; rejected: boolean }) {
  const [token, setToken] = useState('')
  return (
    <main class="centered" id="main">
      <form
        class="card sign-in"
        onSubmit={(event) => {
          event.preventDefault()
          if (token.trim() !== '') props.onToken(token.trim())
        }}
      >
        <h1>Sign in to Skyhound</h1>
        <p>This server needs an API token. An admin creates one with:</p>
        <pre>
          <code>skyhound tokens create --role viewer --name your-name</code>
        </pre>
        <label for="token">API token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          spellcheck={false}
          placeholder="skh_…"
          value={token}
          onInput={(event) => setToken(event.currentTarget.value)}
          aria-invalid={props.rejected}
          aria-describedby={props.rejected ? 'token-error' : undefined}
          required
        />
        {props.rejected && (
          <p id="token-error" class="field-error" role="alert">
            That token was not accepted (unknown, revoked or mistyped).
          </p>
        )}
        <button type="submit" class="button button-primary">
          Sign in
        </button>
        <p class="muted small">The token stays in this browser tab only (session storage).</p>
      </form>
    </main>
  )
}
