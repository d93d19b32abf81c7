import { render } from 'preact'
import { App } from './app.js'
import './styles.css'
import { applyStoredTheme } from './theme.js'

applyStoredTheme()
render(<App />, document.getElementById('app')!)
